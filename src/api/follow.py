"""Every worker follows ``models/CURRENT``: a new current version is served within seconds.

With several worker processes (or several instances sharing a models directory) a reload request
reaches one of them only. Instead each worker looks at ``CURRENT`` every ``follow_current_s``
seconds and, when it names a version other than the one it serves, loads that version in a thread
and swaps it in with one reference assignment: requests in flight finish on the old model, none
is dropped. A version that cannot be served (tampered, unsigned, broken) is refused with the reason
in the log, the old model keeps serving, and it is not tried again until ``CURRENT`` changes.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from fastapi import FastAPI

from api.metrics import RELOADS, record_serving
from classifier.registry import CURRENT_FILE, ModelError
from classifier.respond import load_warm
from classifier.settings import Settings

logger = logging.getLogger(__name__)


def _stamp(path: Path) -> tuple[int, bytes] | None:
    """What ``CURRENT`` is now: its change time and its content (None if it is missing)."""
    try:
        return path.stat().st_mtime_ns, path.read_bytes()
    except OSError:
        return None


async def follow_current(app: FastAPI, settings: Settings) -> None:
    """Poll ``CURRENT`` and switch this worker's model when it names another version.

    Every tick compares the version ``CURRENT`` names with the one served, so a change made while
    the worker was starting is not missed; a version that was refused is not tried again until
    ``CURRENT`` changes. No error ends the loop: it is logged and the next tick tries again.
    """
    path = settings.resolve(settings.models_dir) / CURRENT_FILE
    refused: tuple[int, bytes] | None = None
    while True:
        await asyncio.sleep(settings.follow_current_s)
        try:
            stamp = _stamp(path)
            if stamp is None or stamp == refused:
                continue
            wanted = stamp[1].decode("utf-8", "replace").strip()
            serving = app.state.classifier.version if app.state.classifier is not None else None
            if wanted == serving:
                continue
            try:
                new = await asyncio.to_thread(load_warm, settings)
            except (ModelError, OSError) as exc:
                reason = str(exc) if isinstance(exc, ModelError) else exc.__class__.__name__
                logger.error("models/CURRENT names %r, which was refused: %s", wanted[:80], reason)
                RELOADS.labels(how="follow", result="refused").inc()
                refused = stamp
                continue
            if app.state.classifier is not None and app.state.classifier.version != serving:
                continue  # an admin reload switched meanwhile; the next tick looks again
            app.state.classifier = new  # one reference swap: requests in flight keep the old one
            app.state.model_error = None
            RELOADS.labels(how="follow", result="ok").inc()
            record_serving(new.version, serving)
            logger.info("followed models/CURRENT: serving %s (was %s)", new.version, serving)
        except asyncio.CancelledError:
            raise
        except Exception:
            logger.exception("following models/CURRENT failed on this tick")
