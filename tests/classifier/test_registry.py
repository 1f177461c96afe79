"""Artifacts: round trip, integrity check, atomic saves, versions and rollback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from classifier.registry import IntegrityError, ModelNotFoundError, ModelRegistry, sha256_file


def _bundle() -> dict[str, object]:
    return {"client_type": {"weights": [1, 2, 3]}}


def test_round_trip_records_checksum_versions_and_metadata(tmp_path: Path) -> None:
    registry = ModelRegistry(tmp_path)
    version = registry.save(_bundle(), {"labels": ["a", "b"]})
    loaded = registry.load()
    assert loaded.version == version == registry.current_version()
    assert loaded.bundle == _bundle()
    meta = loaded.metadata
    assert meta["labels"] == ["a", "b"]
    assert meta["model_sha256"] == sha256_file(tmp_path / version / "model.joblib")
    assert {"scikit-learn", "spacy", "numpy", "python"} <= set(meta["library_versions"])
    assert meta["created_at"] and meta["format_version"] == 1


@pytest.mark.parametrize("damage", ["tamper", "truncate", "delete"])
def test_integrity_check_refuses_damaged_model(tmp_path: Path, damage: str) -> None:
    registry = ModelRegistry(tmp_path)
    version = registry.save(_bundle(), {})
    path = tmp_path / version / "model.joblib"
    if damage == "tamper":
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0xFF
        path.write_bytes(bytes(data))
    elif damage == "truncate":
        path.write_bytes(path.read_bytes()[:10])
    else:
        path.unlink()
    with pytest.raises(IntegrityError):
        registry.load(version)
    with pytest.raises(IntegrityError):
        registry.use(version)


def test_failed_save_leaves_no_partial_version_and_keeps_current(tmp_path: Path) -> None:
    registry = ModelRegistry(tmp_path)
    good = registry.save(_bundle(), {})

    class Unpicklable:
        def __reduce__(self) -> str:
            raise RuntimeError("cannot pickle")

    with pytest.raises(RuntimeError):
        registry.save({"client_type": Unpicklable()}, {})
    assert registry.versions() == [good]
    assert registry.current_version() == good
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_versions_are_kept_and_rollback_moves_current(tmp_path: Path) -> None:
    registry = ModelRegistry(tmp_path)
    first = registry.save(_bundle(), {})
    second = registry.save(_bundle(), {})
    assert registry.versions() == [first, second]
    assert registry.previous_version() == first
    registry.use(first)
    assert registry.current_version() == first
    assert registry.load().version == first


def test_unknown_or_unsafe_versions_are_not_found(tmp_path: Path) -> None:
    registry = ModelRegistry(tmp_path)
    with pytest.raises(ModelNotFoundError):
        registry.load()
    for name in ("nope", "../etc", ".tmp-x"):
        with pytest.raises(ModelNotFoundError):
            registry.metadata(name)


def test_metadata_is_valid_json_with_model_bytes(tmp_path: Path) -> None:
    registry = ModelRegistry(tmp_path)
    version = registry.save(_bundle(), {"config": {"x": 1}})
    meta = json.loads((tmp_path / version / "metadata.json").read_text(encoding="utf-8"))
    assert meta["model_bytes"] == (tmp_path / version / "model.joblib").stat().st_size


def test_full_disk_during_save_leaves_current_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    import classifier.registry as registry_module

    registry = ModelRegistry(tmp_path)
    good = registry.save(_bundle(), {})

    def no_space(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(registry_module.joblib, "dump", no_space)
    with pytest.raises(OSError, match="No space left"):
        registry.save(_bundle(), {})
    assert registry.versions() == [good] and registry.current_version() == good
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert registry.load().bundle == _bundle()


def test_leftovers_of_a_killed_save_are_cleaned_up_but_not_a_running_one(tmp_path: Path) -> None:
    import os
    import time

    registry = ModelRegistry(tmp_path)
    (tmp_path / ".tmp-killed").mkdir(parents=True)
    (tmp_path / ".tmp-killed" / "model.joblib").write_bytes(b"half")
    (tmp_path / ".current-killed").write_text("x")
    two_hours_ago = time.time() - 7200
    for name in (".tmp-killed", ".current-killed"):
        os.utime(tmp_path / name, (two_hours_ago, two_hours_ago))
    (tmp_path / ".tmp-running").mkdir()  # another process's save, still being written
    assert registry.versions() == []  # never mistaken for a version
    registry.save(_bundle(), {})
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == [".tmp-running"]
