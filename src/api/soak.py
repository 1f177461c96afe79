"""A bounded soak test: steady load over loopback, with reloads and feedback writes during it.

Sends requests at a fixed rate (bounded concurrency) to a running service for a fixed time:
mostly classifications, every Nth a feedback write, and an admin reload every few seconds. It
samples the server's resident memory and, at the end, counts the stored feedback rows. The run
passes when no request failed, every feedback row was stored, and memory stayed flat.
"""

from __future__ import annotations

import asyncio
import contextlib
import statistics
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import httpx

from api.local import LocalService
from classifier.feedback import FeedbackStore


@dataclass
class SoakResult:
    """What a soak run saw."""

    seconds: float = 0.0
    sent: int = 0
    failures: Counter[str] = field(default_factory=Counter)
    classify_ms: list[float] = field(default_factory=list)
    feedback_ok: int = 0
    feedback_stored: int = 0
    reloads_ok: int = 0
    rss_kb: list[tuple[float, int]] = field(default_factory=list)

    def percentile(self, q: float) -> float:
        if not self.classify_ms:
            return 0.0
        ordered = sorted(self.classify_ms)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    def rss_growth(self) -> float:
        """Memory at the end against after warm-up: median of the last fifth over the second fifth."""
        values = [kb for _, kb in self.rss_kb]
        if len(values) < 5:
            return 0.0
        fifth = len(values) // 5
        warm = statistics.median(values[fifth : 2 * fifth])
        end = statistics.median(values[-fifth:])
        return end / warm - 1.0

    def passed(self, *, max_rss_growth: float) -> bool:
        return (
            not self.failures
            and self.feedback_ok == self.feedback_stored
            and self.rss_growth() <= max_rss_growth
        )

    def report(self) -> str:
        rss = [kb for _, kb in self.rss_kb]
        lines = [
            f"duration {self.seconds:.0f} s, {self.sent} requests ({self.sent / max(self.seconds, 1e-9):.1f}/s)",
            f"failed requests: {sum(self.failures.values())} {dict(self.failures) if self.failures else ''}".rstrip(),
            f"classify latency p50 {self.percentile(0.5):.1f} ms, p99 {self.percentile(0.99):.1f} ms",
            f"feedback: {self.feedback_ok} accepted, {self.feedback_stored} stored",
            f"reloads: {self.reloads_ok} succeeded",
            f"resident memory: {min(rss, default=0) // 1024}-{max(rss, default=0) // 1024} MiB, "
            f"growth after warm-up {self.rss_growth():+.1%}",
        ]
        return "\n".join(lines)


async def _request(
    client: httpx.AsyncClient, result: SoakResult, i: int, texts: Sequence[str], feedback_every: int
) -> None:
    text = texts[i % len(texts)]
    started = time.perf_counter()
    try:
        if feedback_every and i % feedback_every == feedback_every - 1:
            response = await client.post(
                "/v1/feedback", json={"text": f"{text} #{i}", "label": "dormant"}
            )
            if response.status_code == 201:
                result.feedback_ok += 1
            else:
                result.failures[f"feedback {response.status_code}"] += 1
            return
        response = await client.post("/v1/classify", json={"text": text})
        if response.status_code == 200:
            result.classify_ms.append((time.perf_counter() - started) * 1000)
        else:
            result.failures[f"classify {response.status_code}"] += 1
    except httpx.HTTPError as exc:
        result.failures[exc.__class__.__name__] += 1


async def _reloader(
    client: httpx.AsyncClient, result: SoakResult, admin_key: str, every: float, stop: asyncio.Event
) -> None:
    while not stop.is_set():
        try:
            await asyncio.wait_for(stop.wait(), timeout=every)
            return
        except TimeoutError:
            pass
        try:
            response = await client.post("/v1/admin/reload", headers={"X-API-Key": admin_key})
            if response.status_code == 200:
                result.reloads_ok += 1
            else:
                result.failures[f"reload {response.status_code}"] += 1
        except httpx.HTTPError as exc:
            result.failures[f"reload {exc.__class__.__name__}"] += 1


async def _sampler(
    service: LocalService, result: SoakResult, started: float, stop: asyncio.Event
) -> None:
    while not stop.is_set():
        result.rss_kb.append((time.perf_counter() - started, service.rss_kb()))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=1.0)


async def soak(
    service: LocalService,
    *,
    texts: Sequence[str],
    duration_s: float,
    rate_per_s: float,
    concurrency: int,
    admin_key: str,
    reload_every_s: float,
    feedback_every: int,
    feedback_url: str,
) -> SoakResult:
    """Run the load for ``duration_s`` seconds at ``rate_per_s`` requests per second."""
    result = SoakResult()
    limits = httpx.Limits(max_connections=concurrency)
    stop = asyncio.Event()
    gate = asyncio.Semaphore(concurrency)
    before = FeedbackStore(feedback_url).count()

    async def guarded(i: int) -> None:
        async with gate:
            await _request(client, result, i, texts, feedback_every)

    async with httpx.AsyncClient(base_url=service.url, timeout=30, limits=limits) as client:
        started = time.perf_counter()
        background = [
            asyncio.create_task(_reloader(client, result, admin_key, reload_every_s, stop)),
            asyncio.create_task(_sampler(service, result, started, stop)),
        ]
        tasks: list[asyncio.Task[None]] = []
        i = 0
        while (now := time.perf_counter() - started) < duration_s:
            due = i / rate_per_s
            if due > now:
                await asyncio.sleep(due - now)
            tasks.append(asyncio.create_task(guarded(i)))
            i += 1
        await asyncio.gather(*tasks)
        result.seconds = time.perf_counter() - started
        result.sent = i
        stop.set()
        await asyncio.gather(*background)
    result.feedback_stored = FeedbackStore(feedback_url).count() - before
    return result
