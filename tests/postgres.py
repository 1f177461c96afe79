"""A throwaway PostgreSQL server for the tests: Debian's binaries, a temporary cluster, loopback only."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from api.local import free_port


def _bindir() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def unavailable() -> str | None:
    """Why no server can be started here, or None when one can."""
    if _bindir() is None:
        return "no PostgreSQL here (make test installs Debian's postgresql as root)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root without a postgres user to run the server as"
    return None


@contextmanager
def postgres_server() -> Iterator[str]:
    """Start a cluster in a temporary directory; yield its SQLAlchemy URL; stop and remove it."""
    bindir = _bindir()
    assert bindir is not None, unavailable()
    root = Path(tempfile.mkdtemp(prefix="client-classifier-pg-"))
    data = root / "data"
    run_as: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        user = pwd.getpwnam("postgres")
        os.chown(root, user.pw_uid, user.pw_gid)
        run_as = ["runuser", "-u", "postgres", "--"]
    port = free_port()
    quiet = {"check": True, "capture_output": True, "timeout": 120}
    try:
        subprocess.run(
            [*run_as, str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
             "--no-sync", "-E", "UTF8"],
            **quiet,
        )  # fmt: skip
        options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run(
            [*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l",
             str(root / "server.log"), "-w", "start"],
            **quiet,
        )  # fmt: skip
        try:
            yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
        finally:
            subprocess.run(
                [*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                capture_output=True,
                timeout=60,
            )
    finally:
        shutil.rmtree(root, ignore_errors=True)


@contextmanager
def fresh_database(server_url: str, *, prefix: str) -> Iterator[str]:
    """A new, empty database on a running server (its URL), dropped afterwards."""
    import uuid

    from sqlalchemy import create_engine, make_url, text

    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
