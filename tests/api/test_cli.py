"""The service's commands on the command line (``serve``, ``soak`` live in :mod:`api.cli`)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app
from classifier.settings import get_settings

runner = CliRunner()


@pytest.fixture
def models_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("CLIENT_CLASSIFIER_MODELS_DIR", str(tmp_path / "models"))
    get_settings.cache_clear()
    yield tmp_path / "models"
    get_settings.cache_clear()


def test_serve_refuses_a_taken_port_with_a_hint(models_dir: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(app, ["serve", "--port", str(port)])
    assert result.exit_code != 0 and "--port" in result.output


def test_the_command_has_the_librarys_commands_and_the_services() -> None:
    result = runner.invoke(app, ["--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    for command in ("train", "predict", "models", "serve", "soak"):
        assert command in result.output


def test_the_library_never_imports_the_service() -> None:
    """``classifier`` is importable and usable with no ``api`` module at all."""
    import subprocess
    import sys

    code = (
        "import sys, importlib, pkgutil, classifier\n"
        "sys.modules['api'] = None\n"
        "for m in pkgutil.walk_packages(classifier.__path__, 'classifier.'):\n"
        "    importlib.import_module(m.name)\n"
        "print('ok')"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"
