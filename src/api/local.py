"""Run the service in a background process on a free local port (notebooks, tests, demos)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True, slots=True)
class LocalService:
    """A service started by :func:`running_service`."""

    url: str
    pid: int

    def rss_kb(self) -> int:
        """The server process's resident memory, in KiB (from /proc)."""
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        raise RuntimeError(f"no VmRSS for process {self.pid}")


@contextmanager
def running_service(
    *,
    models_dir: Path,
    data_dir: Path,
    env: dict[str, str] | None = None,
    timeout: float = 60.0,
    workers: int = 1,
) -> Iterator[LocalService]:
    """Start ``client-classifier serve`` on a free port, wait until ready, yield it, stop it."""
    port = free_port()
    environment = {
        **os.environ,
        "CLIENT_CLASSIFIER_MODELS_DIR": str(models_dir),
        "CLIENT_CLASSIFIER_DATA_DIR": str(data_dir),
        **(env or {}),
    }
    command = [
        sys.executable,
        "-m",
        "api.cli",
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(workers),
    ]
    # The server's output goes to a file: a pipe nobody drains fills up after ~64 KB of log
    # lines and then blocks the server mid-request.
    with tempfile.NamedTemporaryFile(prefix="client-classifier-serve-", suffix=".log") as log:
        proc = subprocess.Popen(command, env=environment, stdout=log, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + timeout
            while True:
                if proc.poll() is not None:
                    output = Path(log.name).read_text(encoding="utf-8", errors="replace")
                    raise RuntimeError(f"the service exited before it was ready:\n{output[-2000:]}")
                try:
                    if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError(f"the service was not ready within {timeout:.0f} s")
                time.sleep(0.2)
            yield LocalService(url=base, pid=proc.pid)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
