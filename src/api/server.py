"""The HTTP server: uvicorn, guarded against connections that never finish a request.

uvicorn closes idle keep-alive connections, but a connection that opens and then sends nothing,
or a request head a byte at a time, is kept forever; enough of them exhaust the process's file
descriptors and take the service down. :class:`GuardedH11Protocol` closes a connection that has
not sent a complete request head within ``header_timeout_s`` of opening (or of its previous
response), and refuses connections past ``max_connections``, which is also kept below the
process's file limit so that accepting never fails for want of descriptors.

The service runs :class:`GuardedHttpToolsProtocol`, the same guards around uvicorn's httptools
protocol: its C parser costs a fraction of pure-Python h11 per request (most of the HTTP
layer's overhead at one connection). :class:`GuardedH11Protocol` stays for a machine without
httptools.
"""

from __future__ import annotations

import asyncio
import logging
import os
import resource
import tempfile
from typing import Any, cast

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

try:
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
except ImportError:  # pragma: no cover - httptools is a dependency; h11 is the fallback
    HttpToolsProtocol = None  # type: ignore[assignment,misc]

from classifier.settings import get_settings

logger = logging.getLogger(__name__)
# Descriptors kept free for what is not a connection: the model, logs, the database, sockets.
_RESERVED_FDS = 64


def raise_file_limit() -> int:
    """Raise the soft limit on open files to the hard one; return the limit now in force."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or soft < hard:
        target = hard if hard != resource.RLIM_INFINITY else max(soft, 65_536)
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
            soft = target
        except (ValueError, OSError):
            pass
    return soft


def connection_cap(configured: int) -> int:
    """Connections one process may hold: the setting, kept under its file limit."""
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    return max(8, min(configured, soft - _RESERVED_FDS))


class _HeadGuard:
    """The guards both protocols share: a connection cap, and a deadline that runs while a
    request head is awaited. A protocol says when one is (:meth:`_awaiting_head`).

    Mixed in before a uvicorn protocol class, whose methods it extends through ``super()``.
    """

    header_timeout_s: float
    max_connections: int
    _head_timer: asyncio.TimerHandle | None
    connections: set[Any]
    transport: asyncio.Transport
    loop: asyncio.AbstractEventLoop

    def _guard(self) -> None:
        settings = get_settings()
        self.header_timeout_s = settings.header_timeout_s
        self.max_connections = connection_cap(settings.max_connections)
        self._head_timer = None

    def _awaiting_head(self) -> bool:
        raise NotImplementedError

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)  # type: ignore[misc]
        if len(self.connections) > self.max_connections:
            cast(asyncio.Transport, transport).abort()
            return
        self._arm()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)  # type: ignore[misc]
        if self.transport.is_closing() or not self._awaiting_head():
            self._disarm()
        else:
            self._arm()  # part of a request head: its deadline runs from the first byte

    def on_response_complete(self) -> None:
        super().on_response_complete()  # type: ignore[misc]
        self._disarm()  # the keep-alive timer watches an idle connection from here

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)  # type: ignore[misc]

    def _arm(self) -> None:
        if self._head_timer is None:
            self._head_timer = self.loop.call_later(self.header_timeout_s, self._expire)

    def _disarm(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _expire(self) -> None:
        self._head_timer = None
        if not self.transport.is_closing() and self._awaiting_head():
            self.transport.close()


class GuardedH11Protocol(_HeadGuard, H11Protocol):
    """uvicorn's h11 protocol with a deadline for each request head and a connection cap."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._guard()

    def _awaiting_head(self) -> bool:
        return self.conn.their_state is h11.IDLE


if HttpToolsProtocol is not None:

    class GuardedHttpToolsProtocol(_HeadGuard, HttpToolsProtocol):
        """uvicorn's httptools protocol with :class:`GuardedH11Protocol`'s guards.

        h11 says when a request head is still awaited (``their_state is IDLE``); httptools
        says it through its callbacks instead: a head is awaited from the connection's start
        and from the first byte of each request (``on_message_begin``) until its headers are
        complete (``on_headers_complete``). The deadline runs while one is awaited, and an
        idle keep-alive connection is left to uvicorn's keep-alive timer, as with h11.
        """

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._guard()
            self._head_pending = True

        def _awaiting_head(self) -> bool:
            return self._head_pending

        def on_message_begin(self) -> None:
            super().on_message_begin()
            self._head_pending = True

        def on_headers_complete(self) -> None:
            self._head_pending = False
            super().on_headers_complete()


def protocol() -> type[asyncio.Protocol]:
    """The guarded HTTP protocol the service runs: httptools' where installed, else h11's."""
    if HttpToolsProtocol is not None:
        return GuardedHttpToolsProtocol
    return GuardedH11Protocol  # pragma: no cover - httptools is a dependency


def serve(*, host: str, port: int, workers: int) -> None:
    """Run the service with uvicorn and the guards above (settings from the environment)."""
    settings = get_settings()
    raise_file_limit()
    if workers > 1 and not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        # Each worker writes its metric samples here, so a scrape of any worker sees them all.
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(
            prefix="client-classifier-metrics-"
        )
    uvicorn.run(
        "api.main:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        http=protocol(),
        timeout_keep_alive=max(1, round(settings.keep_alive_s)),
        log_config=None,
        access_log=False,  # the service logs each request itself, without client addresses
        proxy_headers=False,
        server_header=False,
    )
