"""The command line with the service's commands: ``serve`` and ``soak``.

The library's commands (:mod:`classifier.cli`) know nothing of the service; this module adds the
two that run it, so the ``client-classifier`` command is the library's CLI plus these, and the
library never imports the service.
"""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Annotated

import typer

from classifier.cli import (
    app,
    console,
    current_settings,
    err,
    fail,
    model_registry,
    reported_errors,
)

__all__ = ["app"]


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Worker processes.")] = 1,
) -> None:
    """Serve the API and its web page with uvicorn (settings from CLIENT_CLASSIFIER_* variables)."""
    from api.server import serve as run_server

    registry = model_registry()
    with reported_errors():
        current = registry.current_version()
    if current is None:
        err.print(
            "[yellow]warning:[/] no model yet: the service will report not-ready (run `make train`)"
        )
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise fail(
                f"cannot listen on {host}:{port} ({exc.strerror}): another service may hold the "
                "port; stop it, or pick another with --port (make run PORT=8001)"
            ) from exc
    console.print(f"serving on http://{host}:{port}/  (API docs: http://{host}:{port}/docs)")
    run_server(host=host, port=port, workers=workers)


@app.command()
def soak(
    duration: Annotated[float, typer.Option("--duration", min=5, help="Seconds of load.")] = 300,
    rate: Annotated[float, typer.Option("--rate", min=1, help="Requests per second.")] = 20,
    concurrency: Annotated[
        int, typer.Option("--concurrency", min=1, help="Requests in flight at most.")
    ] = 8,
    report: Annotated[Path, typer.Option("--report", help="Where to write the result.")] = Path(
        "reports/soak.md"
    ),
) -> None:
    """Soak the service with the current model: steady load with reloads and feedback writes."""
    import asyncio
    import secrets
    import tempfile

    from api.local import running_service
    from api.soak import soak as run_soak
    from classifier.dataset import read_labeled_csv

    settings = current_settings()
    texts = read_labeled_csv(settings.resolve(Path("data/external/independent.csv")))[
        "text"
    ].tolist()
    key = secrets.token_hex(16)
    with tempfile.TemporaryDirectory() as data_dir, reported_errors():
        store_url = f"sqlite:///{Path(data_dir) / 'feedback.sqlite3'}"
        with running_service(
            models_dir=settings.resolve(settings.models_dir),
            data_dir=Path(data_dir),
            env={"CLIENT_CLASSIFIER_ADMIN_KEY": key, "CLIENT_CLASSIFIER_LOG_LEVEL": "WARNING"},
        ) as service:
            console.print(f"soaking {service.url} for {duration:.0f} s at {rate:g} requests/s...")
            result = asyncio.run(
                run_soak(
                    service,
                    texts=texts,
                    duration_s=duration,
                    rate_per_s=rate,
                    concurrency=concurrency,
                    admin_key=key,
                    reload_every_s=5.0,
                    feedback_every=10,
                    feedback_url=store_url,
                )
            )
    text = result.report()
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text(f"# Soak\n\n```\n{text}\n```\n", encoding="utf-8")
    console.print(text)
    if not result.passed(max_rss_growth=0.10):
        raise fail("the soak failed: see above")
    console.print("[green]passed[/]: no failed request, every feedback row stored, memory flat")


if __name__ == "__main__":  # pragma: no cover
    app()
