"""A per-client request budget: at most ``per_minute`` requests in any sliding minute."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque


class RateLimiter:
    """Sliding-window counts per key (a client address), kept for at most ``max_keys`` keys.

    Past that the address heard from longest ago is forgotten, so many addresses cannot wipe the
    windows of the others. In-process: with several workers each keeps its own window. Behind a
    reverse proxy every client shares the proxy's address (proxy headers are not trusted).
    """

    def __init__(self, per_minute: int, *, max_keys: int = 10_000) -> None:
        self.per_minute = per_minute
        self.max_keys = max_keys
        self._hits: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def hit(self, key: str) -> float:
        """Count one request for ``key``; return 0 if allowed, else the seconds until it would be."""
        now = time.monotonic()
        with self._lock:
            window = self._hits.get(key)
            if window is None:
                if len(self._hits) >= self.max_keys:
                    self._hits.popitem(last=False)  # the address heard from longest ago
                window = self._hits[key] = deque()
            self._hits.move_to_end(key)
            while window and now - window[0] >= 60.0:
                window.popleft()
            if len(window) >= self.per_minute:
                return 60.0 - (now - window[0])
            window.append(now)
            return 0.0
