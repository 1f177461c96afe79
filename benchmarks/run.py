"""Run every benchmark and write ``benchmarks/RESULTS.md`` and ``benchmarks/results.json``.

Usage: ``python -m benchmarks.run [--only accuracy,speed,http,growth]`` (``make bench`` runs all).
Speed sections run on one core: this process pins itself to CPU 0 and ``make bench`` sets the
BLAS/OpenMP thread counts to 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks import growth, http_load, speed
from benchmarks.accuracy import OURS, Trained, run_accuracy
from classifier import LABELS, tokenization
from classifier.config import load_config
from classifier.prediction import ClientClassifier
from classifier.registry import ModelRegistry
from classifier.respond import warm_up

ROOT = Path(__file__).resolve().parents[1]
OUT_MD = ROOT / "benchmarks" / "RESULTS.md"
OUT_JSON = ROOT / "benchmarks" / "results.json"
BATCH = 1000
COLD_LOADS = 5  # loads of a cold model, each timed on its first request
GROWTH_SIZES = [500, 1000, 2000, 5000, 10000, 20000]


def machine() -> dict[str, Any]:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem_kb = next(
        int(line.split()[1])
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal")
    )
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.strip()
    import fastapi
    import sklearn
    import spacy
    import uvicorn

    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": commit + (" (with uncommitted changes)" if dirty else ""),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(mem_kb / 2**20, 1),
        "os": platform.platform(),
        "python": platform.python_version(),
        "versions": {
            "scikit-learn": sklearn.__version__,
            "spaCy": spacy.__version__,
            "numpy": np.__version__,
            "fastapi": fastapi.__version__,
            "uvicorn": uvicorn.__version__,
        },
    }


def _ours(trained: Trained, models_dir: Path) -> ClientClassifier:
    registry = ModelRegistry(models_dir)
    registry.save(dict(trained.ours), {"labels": list(LABELS)})
    return ClientClassifier(registry.load(), uncertain_below=0.5, uncertain_margin=0.15)


def _unseen(trained: Trained) -> tuple[list[str], list[str]]:
    """Bodies and subjects of the messages no model was trained on (held-out + independent)."""
    texts: list[str] = []
    subjects: list[str] = []
    for frame in (trained.test.frame, trained.independent.frame):
        texts += [str(t) for t in frame["text"]]
        column = frame["subject"] if "subject" in frame.columns else [""] * len(frame)
        subjects += [s if isinstance(s, str) else "" for s in column]
    return texts, subjects


def run_speed(trained: Trained, model: ClientClassifier, log: Any) -> dict[str, Any]:
    os.sched_setaffinity(0, {0})
    texts, subjects = _unseen(trained)
    typical = speed.typical_messages(texts, subjects)
    everything = [speed.read_text(t, subject=s) for t, s in zip(texts, subjects, strict=True)]
    batch = (everything * (BATCH // len(everything) + 1))[:BATCH]
    log(f"speed: {len(typical)} typical e-mails of 500-700 characters; batches of {len(batch)}")

    # Cold: a freshly loaded model and empty word caches, the first pass of a new service;
    # once warmed as the service warms every model it loads, once not.
    # One first request is one sample on a shared machine (it read 2.1x, 2.8x and 3.4x the warm
    # p50 in three runs of the same code): each load is repeated, the first request each time on
    # another message, and the median and the worst are reported; the first pass is the first
    # load's.
    cold: dict[str, Any] = {}
    for warmed in (True, False):
        firsts: list[float] = []
        warm_times: list[float] = []
        first_pass: dict[str, Any] = {}
        for k in range(COLD_LOADS):
            tokenization.reset_tokenizers()
            cold_model = ClientClassifier(model.loaded, uncertain_below=0.5, uncertain_margin=0.15)
            started = time.perf_counter()
            if warmed:
                warm_up(cold_model, speed._SETTINGS)
            warm_times.append(time.perf_counter() - started)
            order = typical[k * 7 % len(typical) :] + typical[: k * 7 % len(typical)]
            first = speed.latencies(
                speed.ours_one(cold_model), order if k == 0 else order[:1], passes=1
            )
            firsts.append(first[0] * 1e3)
            if k == 0:
                first_pass = speed.summary(first)
        cold["warmed" if warmed else "unwarmed"] = {
            **first_pass,
            "first_ms": statistics.median(firsts),
            "first_worst_ms": max(firsts),
            "firsts_ms": firsts,
            "warm_up_s": statistics.median(warm_times),
        }

    pipelines = speed.pipeline_many(model, count=speed.SERVICE_REPLIES)
    single: dict[str, Any] = {
        OURS + " (fast path)": speed.ours_one(model),
        OURS + " (fast path, no explanation)": speed.ours_one(model, explain=False),
        OURS + " (scikit-learn pipelines)": (lambda m: pipelines([m])),
    }
    many: dict[str, Any] = {
        OURS + " (fast path)": speed.ours_many(model),
        OURS + " (fast path, no explanation)": speed.ours_many(model, explain=False),
        OURS + " (scikit-learn pipelines)": speed.pipeline_many(model),
    }
    for name in (
        "naive scikit-learn",
        "spaCy textcat (bow)",
        "spaCy textcat (ensemble)",
        "fastText",
    ):
        if name in trained.peers:
            # Every peer's probability columns are in LABELS order (benchmarks.peers), not in
            # the sorted order of our model's classes.
            one = speed.peer_many(trained.peers[name], LABELS, count=speed.SERVICE_REPLIES)
            single[name] = lambda m, one=one: one([m])
            many[name] = speed.peer_many(trained.peers[name], LABELS)
    rows = []
    for name, one in single.items():
        speed.latencies(one, typical, passes=1)  # warm-up
        lat = speed.summary(speed.latencies(one, typical, passes=3))
        thr = speed.throughput(many[name], batch, repeats=3) if name in many else None
        rows.append({"model": name, "single": lat, "batch": thr})
        log(
            f"  {name:52s} p50 {lat['p50_ms']:7.3f} ms  p99 {lat['p99_ms']:7.3f} ms"
            + (f"  batch {thr['per_s']:7.0f}/s" if thr else "")
        )
    return {"typical_messages": len(typical), "cold": cold, "rows": rows}


def run_http(trained: Trained, models_dir: Path, log: Any) -> dict[str, Any]:
    bodies = [
        {"text": t, "subject": s}
        for t, s in zip(*_unseen(trained), strict=True)
        if speed.TYPICAL_CHARS[0] <= len(t) <= speed.TYPICAL_CHARS[1]
    ]
    os.sched_setaffinity(0, {0, 1})
    log(f"http: wrk over loopback, {len(bodies)} different typical e-mails")
    result = http_load.run_http(
        bodies, models_dir=models_dir, connections=[1, 32], seconds=10, warmup_s=3
    )
    for name, r in result.items():
        for run in r["runs"]:
            log(
                f"  {name:28s} c={run['connections']:2d} {run['requests_per_s']:8.0f} req/s "
                f"p50 {run['p50_ms']:.2f} ms p99 {run['p99_ms']:.2f} ms non-2xx {run['non_2xx']}"
            )
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", default="accuracy,speed,http,growth")
    args = parser.parse_args(argv)
    only = set(args.only.split(","))
    started = time.perf_counter()
    config = load_config(ROOT / "config" / "default.toml")
    results: dict[str, Any] = {"machine": machine(), "commands": ["make bench"]}

    def log(line: str) -> None:
        print(f"[{time.perf_counter() - started:6.0f} s] {line}", flush=True)

    trained = run_accuracy(config, root=ROOT, log=log)
    results["accuracy"] = trained.rows
    with tempfile.TemporaryDirectory() as tmp:
        models_dir = Path(tmp) / "models"
        model = _ours(trained, models_dir)
        if "speed" in only:
            results["speed"] = run_speed(trained, model, log)
        if "http" in only:
            results["http"] = run_http(trained, models_dir, log)
    if "growth" in only:
        os.sched_setaffinity(0, {0})
        log("growth: one features + LR fit per size, training split resampled")
        results["growth"] = growth.run_growth(
            trained.train.texts, trained.train.labels, config, sizes=GROWTH_SIZES, log=log
        )
    results["total_s"] = time.perf_counter() - started
    OUT_JSON.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    from benchmarks.report import render

    OUT_MD.write_text(render(results), encoding="utf-8")
    log(f"wrote {OUT_MD.relative_to(ROOT)} and {OUT_JSON.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
