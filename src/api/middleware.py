"""ASGI middleware: request IDs, the request body limit, security headers, one log line per request."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
import uuid
from collections.abc import Mapping
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.logs import request_id_var
from api.metrics import LATENCY, REQUESTS

logger = logging.getLogger("api.access")
_VALID_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]
PAGE_CSP = (
    b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    b"connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable_path(path: str) -> str:
    """A request path safe for one log line: control characters escaped, at most 200 chars.

    A ``%0a`` in a URL reaches the app as a newline, which would otherwise start a forged line.
    """
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", path[:200])


class ServiceMiddleware:
    """Wraps every HTTP request: its ID, the body limit and timeout, headers, errors, one log line.

    The body is read in full before the app sees it, so a body over the limit gets 413 however
    it is sent (declared length or chunked), and one that trickles in too slowly gets 408. Any
    error the app lets through becomes a 500 that still carries the request ID.

    ``large_bodies`` gives single paths (exactly as requested, e.g. ``/v1/import``) a limit and
    a body timeout of their own: a chat export is megabytes where a message is kilobytes, and
    only the path that takes files should accept them.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_body_bytes: int,
        body_timeout_s: float,
        large_bodies: Mapping[str, tuple[int, float]],
    ) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.body_timeout_s = body_timeout_s
        self.large_bodies = dict(large_bodies)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", []))
        incoming = headers.get(b"x-request-id", b"").decode("latin-1")
        request_id = incoming if _VALID_ID.match(incoming) else uuid.uuid4().hex
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        status_code = 500
        response_started = False
        path = scope.get("path", "")
        limit, timeout = self.large_bodies.get(path, (self.max_body_bytes, self.body_timeout_s))

        async def send_wrapper(message: Message) -> None:
            nonlocal status_code, response_started
            if message["type"] == "http.response.start":
                response_started = True
                status_code = message["status"]
                extra = [(b"x-request-id", request_id.encode()), *SECURITY_HEADERS]
                if not path.startswith(("/docs", "/redoc")):
                    extra.append((b"content-security-policy", PAGE_CSP))
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        try:
            declared = headers.get(b"content-length")
            if declared is not None and declared.isdigit() and int(declared) > limit:
                await self._reply(send_wrapper, 413, self._too_large(limit))
                return
            try:
                # asyncio.timeout, not wait_for: the body is read in this task, with a timer
                # and no task of its own for every request.
                async with asyncio.timeout(timeout):
                    body = await self._read_body(receive, limit)
            except BodyTooLargeError:
                await self._reply(send_wrapper, 413, self._too_large(limit))
                return
            except TimeoutError:
                await self._reply(
                    send_wrapper, 408, f"the request body did not arrive within {timeout:g} s"
                )
                return
            if body is None:  # the client went away before sending its body
                status_code = 499  # as nginx logs it: no response was sent, and none failed
                return
            try:
                await self.app(scope, _replay(body, receive), send_wrapper)
            except RecursionError:
                if not response_started:
                    await self._reply(send_wrapper, 400, "the input is nested too deeply")
            except Exception as exc:
                logger.error("unexpected error (%s)", exc.__class__.__name__, exc_info=exc)
                if not response_started:
                    await self._reply(
                        send_wrapper, 500, "internal error; quote the request_id when reporting it"
                    )
        finally:
            took = time.perf_counter() - started
            route = getattr(scope.get("route"), "path", None) or "unmatched"
            method = scope.get("method", "")
            method = method if method in _METHODS else "OTHER"  # any token is a valid method
            REQUESTS.labels(route=route, method=method, status=status_code).inc()
            LATENCY.labels(route=route).observe(took)
            logger.info(
                "%s %s %s %.1fms",
                scope.get("method"),
                printable_path(path),
                status_code,
                took * 1000,
            )
            request_id_var.reset(token)

    async def _read_body(self, receive: Receive, limit: int) -> bytes | None:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                raise BodyTooLargeError
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    def _too_large(self, limit: int) -> str:
        return f"request body larger than {limit} bytes"

    async def _reply(self, send: Any, status_code: int, detail: str) -> None:
        body = json.dumps({"detail": detail, "request_id": request_id_var.get()}).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status_code,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


class BodyTooLargeError(Exception):
    """The request body passed the configured limit."""


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that hands the app the body read already, then waits as the server does."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
