"""HTTP load over loopback with wrk: the real service against a bare FastAPI endpoint.

Both servers run the same way (uvicorn, one worker, no access log) pinned to CPU 0; wrk runs
pinned to CPU 1 and cycles through the same typical e-mails for both. The bare endpoint only
parses the same JSON into the same request schema, so the ratio says what classification,
explanation, replies, middleware and the response cost on top of FastAPI itself.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI, Request

from api.local import LocalService, free_port, running_service
from api.schemas import MessageIn

bare_app = FastAPI()


@bare_app.post("/v1/classify")
async def parse_only(request: Request) -> dict[str, int]:
    """Parse and validate the request exactly as the service's schema does, and nothing more."""
    message = MessageIn.model_validate_json(await request.body())
    return {"chars": len(message.text)}


class WrkMissingError(RuntimeError):
    """wrk is not installed (``make bench`` installs Debian's package)."""


def wrk_path() -> str:
    found = shutil.which("wrk")
    if found is None:
        raise WrkMissingError("wrk is not installed: run `make bench` (installs Debian's wrk)")
    return found


def _lua(bodies: Sequence[str]) -> str:
    entries = ",\n".join(f"[==[{b}]==]" for b in bodies)
    return (
        'wrk.method = "POST"\n'
        'wrk.headers["Content-Type"] = "application/json"\n'
        f"local bodies = {{\n{entries}\n}}\n"
        "local i = 0\n"
        "request = function()\n"
        "  i = i % #bodies + 1\n"
        "  return wrk.format(nil, nil, nil, bodies[i])\n"
        "end\n"
    )


_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3}


def _ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", value).groups()  # type: ignore[union-attr]
    return float(number) * _UNITS[unit]


def parse_wrk(output: str) -> dict[str, Any]:
    """Requests/s, latency percentiles and errors from ``wrk --latency`` output."""
    pct = dict(re.findall(r"^\s+(50|75|90|99)%\s+(\S+)", output, re.MULTILINE))
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    errors = re.search(r"Socket errors:.*", output)
    return {
        "requests_per_s": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),  # type: ignore[union-attr]
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),  # type: ignore[union-attr]
        "p50_ms": _ms(pct["50"]),
        "p90_ms": _ms(pct["90"]),
        "p99_ms": _ms(pct["99"]),
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
        "socket_errors": errors.group(0) if errors else "",
    }


def run_wrk(url: str, script: Path, *, connections: int, seconds: int) -> dict[str, Any]:
    command = [
        wrk_path(),
        "-t1",
        f"-c{connections}",
        f"-d{seconds}s",
        "--latency",
        "-s",
        str(script),
        url,
    ]
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        check=True,
        timeout=seconds + 30,
        preexec_fn=lambda: os.sched_setaffinity(0, {1}),
    )
    return {"connections": connections, "seconds": seconds, **parse_wrk(done.stdout)}


@contextmanager
def bare_service() -> Iterator[LocalService]:
    """The bare app under uvicorn, started like ``client-classifier serve`` starts ours."""
    port = free_port()
    code = (
        "import uvicorn; uvicorn.run('benchmarks.http_load:bare_app', host='127.0.0.1', "
        f"port={port}, workers=1, access_log=False, log_level='warning')"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[1])
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.post(f"{url}/v1/classify", json={"text": "x"}, timeout=1)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("the bare app did not start") from None
                time.sleep(0.2)
        yield LocalService(url=url, pid=proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def run_http(
    bodies: Sequence[dict[str, str]],
    *,
    models_dir: Path,
    connections: Sequence[int],
    seconds: int,
    warmup_s: int,
) -> dict[str, Any]:
    """Load both servers in turn with the same requests; their figures and resident memory."""
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "bodies.lua"
        script.write_text(_lua([json.dumps(b) for b in bodies]), encoding="utf-8")
        data_dir = Path(tmp) / "var"
        servers = {
            "service /v1/classify": lambda: running_service(
                models_dir=models_dir, data_dir=data_dir
            ),
            "bare FastAPI (parse only)": bare_service,
        }
        for name, start in servers.items():
            with start() as service:
                os.sched_setaffinity(service.pid, {0})
                url = f"{service.url}/v1/classify"
                check = httpx.post(url, json=bodies[0], timeout=10)
                check.raise_for_status()
                rss_idle = service.rss_kb()
                run_wrk(url, script, connections=max(connections), seconds=warmup_s)
                runs = [run_wrk(url, script, connections=c, seconds=seconds) for c in connections]
                results[name] = {
                    "runs": runs,
                    "rss_idle_kb": rss_idle,
                    "rss_after_kb": service.rss_kb(),
                }
    return results
