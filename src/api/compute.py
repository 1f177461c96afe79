"""Classification work off the event loop: a bounded number at once, inside the request's time.

Reading, cleaning and scoring are CPU work. They run in a small thread pool so the event loop
keeps answering (``/healthz`` included) while they run, and a gate admits at most ``slots`` of
them at once: more threads would only fight over the GIL and starve the loop. A request that
cannot start, or finish, within its time budget gets a 503 at that moment. The work it started
is not killed (threads cannot be), but every step of the text path is bounded in the length of
its input, and a batch stops at its next message once its deadline has passed, so abandoned work
ends soon and still holds its slot until it does.

Small work runs on the event loop itself (``inline``): a typical message takes about 2 ms, and
handing it to a thread and back (two wake-ups, then the GIL passed between the threads) cost
more than that on a busy worker. It still takes a slot, so the gate's limit holds, and its
deadline is checked when it ends. Only bodies small enough to be bounded at a few milliseconds
are run so (:data:`INLINE_MAX_BYTES`); the loop is not held longer than that.
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")

INLINE_MAX_BYTES = 4_096
"""Request bodies up to this size are classified on the event loop, not in a worker thread:
a few milliseconds at most, where the thread hop is a large part of a typical request."""


class DeadlineExceededError(TimeoutError):
    """The request's time budget ran out before its work was done."""


class Deadline:
    """A point in monotonic time that long-running work checks between its steps."""

    def __init__(self, seconds: float) -> None:
        self.at = time.monotonic() + seconds

    def remaining(self) -> float:
        return self.at - time.monotonic()

    def check(self) -> None:
        """Raise :class:`DeadlineExceededError` once the deadline has passed."""
        if time.monotonic() > self.at:
            raise DeadlineExceededError


class ComputeGate:
    """Runs CPU-bound calls in threads, ``slots`` at a time, each within a deadline."""

    def __init__(self, slots: int) -> None:
        self.slots = slots
        self._free = asyncio.Semaphore(slots)
        self._pool = ThreadPoolExecutor(max_workers=slots, thread_name_prefix="classify")

    async def run(
        self, deadline: Deadline, func: Callable[..., T], *args: Any, inline: bool = False
    ) -> T:
        """``func(*args, deadline)`` in a worker thread; :class:`DeadlineExceededError` if late.

        ``inline``: run it on the event loop instead (small work only, see the module's note).
        """
        if self._free.locked():  # no free slot: wait for one, as long as the deadline allows
            try:
                await asyncio.wait_for(self._free.acquire(), timeout=max(deadline.remaining(), 0))
            except TimeoutError as exc:
                raise DeadlineExceededError from exc
        else:  # a free slot is taken at once (wait_for's task and timer cost more than the wait)
            await self._free.acquire()
        if inline:
            try:
                result = func(*args, deadline)
            finally:
                self._free.release()
            deadline.check()
            return result
        call = functools.partial(func, *args, deadline)
        future = asyncio.get_running_loop().run_in_executor(self._pool, call)
        # The slot is given back when the thread is done, not when the caller stops waiting.
        future.add_done_callback(self._done)
        try:
            return await asyncio.wait_for(asyncio.shield(future), timeout=deadline.remaining())
        except TimeoutError as exc:
            raise DeadlineExceededError from exc

    def _done(self, future: asyncio.Future[Any]) -> None:
        self._free.release()
        if not future.cancelled():
            future.exception()  # read, so an abandoned call's error is not reported as lost

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
