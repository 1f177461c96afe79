"""A per-client request budget: at most ``per_minute`` requests in any sliding minute."""

from __future__ import annotations

import threading
import time
from collections import deque


class RateLimiter:
    """Sliding-window counts per key (a client address), kept for at most ``max_keys`` keys.

    In-process: with several workers each keeps its own window, so the budget is per worker.
    """

    def __init__(self, per_minute: int, *, max_keys: int = 10_000) -> None:
        self.per_minute = per_minute
        self.max_keys = max_keys
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str) -> float:
        """Count one request for ``key``; return 0 if allowed, else the seconds until it would be."""
        now = time.monotonic()
        with self._lock:
            window = self._hits.get(key)
            if window is None:
                if len(self._hits) >= self.max_keys:
                    self._hits.clear()
                window = self._hits[key] = deque()
            while window and now - window[0] >= 60.0:
                window.popleft()
            if len(window) >= self.per_minute:
                return 60.0 - (now - window[0])
            window.append(now)
            return 0.0
