"""Logging with a request ID on every line, and never a message body unless asked for."""

from __future__ import annotations

import logging
import threading
import time
from contextvars import ContextVar

request_id_var: ContextVar[str] = ContextVar("request_id", default="-")

FORMAT = "%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s"


class RequestIdFilter(logging.Filter):
    """Stamp each record with the ID of the request being served (``-`` outside requests)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get()
        return True


class RateLimitFilter(logging.Filter):
    """Warnings and errors: at most ``burst`` per message template in each ``window_s``.

    One fault repeated at network speed (say, accept() failing when the process runs out of
    file descriptors) would otherwise write thousands of tracebacks a second and fill the disk.
    """

    def __init__(self, *, burst: int = 20, window_s: float = 10.0) -> None:
        super().__init__()
        self.burst = burst
        self.window_s = window_s
        self._seen: dict[tuple[str, object], list[float]] = {}  # key: [window start, count]
        self._lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING:
            return True  # one short line per request or event: bounded by the work itself
        key = (record.name, record.msg)
        now = time.monotonic()
        with self._lock:
            entry = self._seen.get(key)
            if entry is None or now - entry[0] >= self.window_s:
                dropped = int(entry[1]) - self.burst if entry and entry[1] > self.burst else 0
                if len(self._seen) > 10_000:
                    self._seen.clear()
                self._seen[key] = [now, 1]
                if dropped:
                    record.msg = (
                        f"{record.msg} (and {dropped} like it suppressed in {self.window_s:g} s)"
                    )
                return True
            entry[1] += 1
            return entry[1] <= self.burst


def configure_logging(level: str) -> None:
    """One handler on the root logger, rate-limited; uvicorn's loggers propagate to it."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RequestIdFilter())
    handler.addFilter(RateLimitFilter())
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logger = logging.getLogger(name)
        logger.handlers = []
        logger.propagate = True
    # uvicorn's access lines carry the client's address (personal data); the service writes its
    # own line per request without it, however uvicorn was started.
    logging.getLogger("uvicorn.access").disabled = True
