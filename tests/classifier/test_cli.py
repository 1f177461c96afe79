"""The command line: each command works, and errors exit non-zero with a clear message."""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from classifier import cli as cli_module
from classifier.cli import app
from classifier.feedback import FeedbackStore
from classifier.registry import ModelRegistry
from classifier.settings import get_settings

runner = CliRunner()


@pytest.fixture
def models_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    root = Path(__file__).resolve().parents[2]
    monkeypatch.setenv("CLIENT_CLASSIFIER_PROJECT_DIR", str(root))
    monkeypatch.setenv("CLIENT_CLASSIFIER_MODELS_DIR", str(tmp_path / "models"))
    monkeypatch.setenv("CLIENT_CLASSIFIER_REPORTS_DIR", str(tmp_path / "reports"))
    get_settings.cache_clear()
    yield tmp_path / "models"
    get_settings.cache_clear()


def test_full_cycle_train_predict_evaluate_list_use_rollback(
    models_dir: Path, mini_csv: Path, tmp_path: Path
) -> None:
    first = runner.invoke(app, ["train", "--data", str(mini_csv), "--no-cv"])
    assert first.exit_code == 0, first.output
    second = runner.invoke(app, ["train", "--data", str(mini_csv), "--no-cv"])
    assert second.exit_code == 0, second.output
    versions = sorted(p.name for p in models_dir.iterdir() if p.is_dir())
    assert len(versions) == 2 and (models_dir / "CURRENT").read_text().strip() == versions[1]

    result = runner.invoke(app, ["predict", "--text", "אני צריך את זה עד מחר", "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["language"] == "he" and abs(sum(payload["probabilities"].values()) - 1) < 1e-6

    out = tmp_path / "pred.csv"
    result = runner.invoke(app, ["predict", "--input", str(mini_csv), "--output", str(out)])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 40 and "proba_conflictual" in rows[0]

    result = runner.invoke(app, ["evaluate", "--data", str(mini_csv)])
    assert result.exit_code == 0, result.output
    assert "macro-F1" in result.output
    assert list((tmp_path / "reports").glob("*-confusion.png"))

    listing = runner.invoke(app, ["models", "list"])
    assert all(v in listing.output for v in versions)
    result = runner.invoke(app, ["models", "rollback"])
    assert result.exit_code == 0 and (models_dir / "CURRENT").read_text().strip() == versions[0]
    result = runner.invoke(app, ["models", "use", versions[1]])
    assert result.exit_code == 0 and (models_dir / "CURRENT").read_text().strip() == versions[1]


def test_predict_eml(models_dir: Path, mini_csv: Path) -> None:
    assert runner.invoke(app, ["train", "--data", str(mini_csv), "--no-cv"]).exit_code == 0
    eml = sorted((Path(__file__).resolve().parents[2] / "data" / "raw" / "eml").glob("*.eml"))[0]
    result = runner.invoke(app, ["predict", "--eml", str(eml)])
    assert result.exit_code == 0, result.output


def test_bad_training_file_lists_problems_with_lines(models_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("text,label\nhello,angry\n,dormant\n", encoding="utf-8")
    result = runner.invoke(app, ["train", "--data", str(bad)])
    assert result.exit_code == 2
    assert f"{bad}:2: unknown label 'angry'" in result.output
    assert f"{bad}:3: empty text" in result.output
    assert not models_dir.exists() or not any(models_dir.iterdir())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["predict", "--text", "hello"], "no model"),
        (["predict"], "give exactly one of"),
        (["models", "use", "nope"], "no model version 'nope'"),
        (["models", "rollback"], "no earlier version"),
        (["train", "--data", "missing.csv"], "cannot read the file"),
    ],
)
def test_errors_exit_non_zero_with_a_reason(
    models_dir: Path, args: list[str], message: str
) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code != 0
    assert message in result.output


def test_training_killed_midway_changes_nothing(
    models_dir: Path, mini_csv: Path, tmp_path: Path
) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    assert runner.invoke(app, ["train", "--data", str(mini_csv), "--no-cv"]).exit_code == 0
    before = sorted(p.name for p in models_dir.iterdir())
    current = (models_dir / "CURRENT").read_text()
    big = tmp_path / "big.csv"
    with (
        mini_csv.open(encoding="utf-8", newline="") as src,
        big.open("w", encoding="utf-8", newline="") as dst,
    ):
        rows = list(csv.DictReader(src))
        writer = csv.DictWriter(dst, fieldnames=list(rows[0]))
        writer.writeheader()
        for copy in range(60):  # 2,400 distinct rows: long enough to be killed while training
            for row in rows:
                writer.writerow(
                    {**row, "id": f"{row['id']}-{copy}", "text": f"{row['text']} (ref {copy})"}
                )
    proc = subprocess.Popen(
        [sys.executable, "-m", "classifier.cli", "train", "--data", str(big)],
        env={**os.environ},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(4)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert sorted(p.name for p in models_dir.iterdir() if not p.name.startswith(".")) == before
    assert (models_dir / "CURRENT").read_text() == current


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FeedbackStore]:
    """The feedback store the CLI uses, in a temporary data directory."""
    monkeypatch.setenv("CLIENT_CLASSIFIER_DATA_DIR", str(tmp_path / "var"))
    get_settings.cache_clear()
    yield FeedbackStore(get_settings().feedback_url())
    get_settings.cache_clear()


def test_feedback_purge_takes_zero_days_as_all_and_refuses_negative(store: FeedbackStore) -> None:
    store.add(text="later, sorry", label="dormant")
    refused = runner.invoke(app, ["feedback", "purge", "--older-than-days", "-1"])
    assert refused.exit_code != 0 and store.count() == 1
    kept = runner.invoke(app, ["feedback", "purge"])  # the retention setting: 365 days
    assert kept.exit_code == 0 and store.count() == 1
    purged = runner.invoke(app, ["feedback", "purge", "--older-than-days", "0"])
    assert purged.exit_code == 0 and store.count() == 0


def test_feedback_list_and_delete_take_the_exported_id(store: FeedbackStore) -> None:
    first = store.add(text="later, sorry, we are swamped this month", label="dormant")
    store.add(text="you people are useless", label="conflictual", predicted_label="easygoing")
    listed = runner.invoke(app, ["feedback", "list"], env={"COLUMNS": "200"})
    assert listed.exit_code == 0
    assert "conflictual" in listed.output and "easygoing" in listed.output
    assert listed.output.index("conflictual") < listed.output.index("dormant")  # newest first
    bad = runner.invoke(app, ["feedback", "delete", "feedback-x"])
    assert bad.exit_code != 0 and "not a correction id" in bad.output
    assert runner.invoke(app, ["feedback", "delete", f"feedback-{first}"]).exit_code == 0
    assert store.count() == 1


def test_models_list_never_cuts_a_version(models_dir: Path, mini_csv: Path) -> None:
    assert runner.invoke(app, ["train", "--data", str(mini_csv), "--no-cv"]).exit_code == 0
    version = (models_dir / "CURRENT").read_text().strip()
    listed = runner.invoke(app, ["models", "list"], env={"COLUMNS": "60"})
    assert listed.exit_code == 0 and version in listed.output


def test_data_stats_describes_any_labeled_file(mini_csv: Path) -> None:
    result = runner.invoke(app, ["data", "stats", "--data", str(mini_csv)])
    assert result.exit_code == 0 and "Total: **40** messages." in result.output


@pytest.mark.slow
def test_predict_input_on_dask(models_dir: Path, mini_csv: Path, tmp_path: Path) -> None:
    assert runner.invoke(app, ["train", "--data", str(mini_csv), "--no-cv"]).exit_code == 0
    out = tmp_path / "out.csv"
    result = runner.invoke(
        app,
        ["predict", "--input", str(mini_csv), "--output", str(out), "--engine", "dask",
         "--dask-workers", "1", "--chunk-size", "8"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 40 and all(r["predicted_label"] for r in rows)
    bad = runner.invoke(
        app, ["predict", "--input", str(mini_csv), "--output", str(out), "--engine", "spark"]
    )
    assert bad.exit_code != 0 and "local or dask" in bad.output


def test_help_shows_no_value_for_flags() -> None:
    for command in (["--help"], ["predict", "--help"], ["train", "--help"], ["tune", "--help"]):
        result = runner.invoke(app, command, env={"COLUMNS": "120"})
        lines = [
            line
            for line in result.output.splitlines()
            if "--json" in line or "--verbose" in line or "--no-cv" in line or "--apply" in line
        ]
        assert lines and not any("<bool>" in line for line in lines), lines


# ----- client memory --------------------------------------------------------------------------
IMPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


@pytest.fixture
def memory_env(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mini_registry: ModelRegistry
) -> Iterator[Path]:
    """The mini model and an empty history in a temporary data directory."""
    shutil.copytree(mini_registry.root, tmp_path / "models")
    monkeypatch.setenv("CLIENT_CLASSIFIER_MODELS_DIR", str(tmp_path / "models"))
    monkeypatch.setenv("CLIENT_CLASSIFIER_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.delenv("CLIENT_CLASSIFIER_DATABASE_URL", raising=False)
    monkeypatch.delenv("CLIENT_CLASSIFIER_PROVIDER_NAME", raising=False)
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


def test_import_list_show_export_and_delete_clients(
    memory_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wide = {"COLUMNS": "200"}
    # Rich fixes a console's width when COLUMNS is set as it is made (as pytest-xdist's workers
    # do, at 80): the tables below are read at 200, as ``wide`` asks.
    monkeypatch.setattr(cli_module, "console", Console(width=200))
    consent = runner.invoke(app, ["owner", "--keep-texts", "--retention-days", "3650"])
    assert consent.exit_code == 0, consent.output
    assert json.loads(consent.output)["keep_texts"] is True

    first = runner.invoke(
        app, ["import", str(IMPORTS / "android_en.txt"), "--owner", "Noa Levi"], env=wide
    )
    assert first.exit_code == 0, first.output
    assert "8 messages read, 8 new, 0 already there" in first.output
    assert "history is off" in first.output  # an explicit import stores all the same
    again = runner.invoke(
        app, ["import", str(IMPORTS / "android_en.txt"), "--owner", "Noa Levi"], env=wide
    )
    assert "0 new, 8 already there" in again.output
    broken = runner.invoke(
        app, ["import", str(IMPORTS / "broken.txt"), "--owner", "Noa Levi"], env=wide
    )
    assert broken.exit_code == 0, broken.output
    assert "broken.txt:4: impossible date or time" in broken.output
    assert "broken.txt:6: impossible date or time" in broken.output

    listed = runner.invoke(app, ["clients", "list", "--lang", "en"], env=wide)
    assert listed.exit_code == 0, listed.output
    assert "Dan Mizrahi" in listed.output and "yes" in listed.output  # dormant
    assert "Noa Levi" not in listed.output  # the owner is nobody's client
    hebrew = runner.invoke(app, ["clients", "list"], env=wide)
    assert any(name in hebrew.output for name in ("עימותי", "תובעני", "זורם"))

    shown = runner.invoke(app, ["clients", "show", "1", "--lang", "en"], env=wide)
    assert shown.exit_code == 0, shown.output
    assert "dormant:" in shown.output and "unanswered" in shown.output
    assert "timeline" in shown.output and "Hi Noa, any news on the logo?" in shown.output
    assert "re-engaging replies (last_message)" in shown.output

    export = memory_env / "dan.json"
    exported = runner.invoke(app, ["clients", "export", "1", "--output", str(export)])
    assert exported.exit_code == 0, exported.output
    # Dan wrote in both chats: one client by his name, 8 + 2 messages.
    assert len(json.loads(export.read_text(encoding="utf-8"))["messages"]) == 10

    kept = runner.invoke(app, ["clients", "delete", "1"], input="n\n")
    assert kept.exit_code != 0 and "nothing deleted" in kept.output
    deleted = runner.invoke(app, ["clients", "delete", "1", "--yes"])
    assert deleted.exit_code == 0 and "10 message(s)" in deleted.output
    assert "Dan Mizrahi" not in runner.invoke(app, ["clients", "list"], env=wide).output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["import", "/etc/hostname"], "is not a WhatsApp chat export"),
        (["import", "missing.txt"], "missing.txt"),
        (["import", str(IMPORTS / "android_he.txt"), "--owner", "Nobody"], "recognised as you"),
        (["import", str(IMPORTS / "android_en.txt"), "--tz", "Mars/Olympus"], "unknown time zone"),
        (["clients", "show", "99"], "no client with id 99"),
        (["clients", "delete", "99", "--yes"], "no client with id 99"),
        (["clients", "export", "99", "--output", "x.json"], "no client with id 99"),
        (["clients", "list", "--lang", "fr"], "--lang is one of he, en"),
    ],
)
def test_client_memory_errors_exit_non_zero_with_a_reason(
    memory_env: Path, args: list[str], message: str
) -> None:
    result = runner.invoke(app, args, env={"COLUMNS": "200"})
    assert result.exit_code != 0
    assert message in result.output
