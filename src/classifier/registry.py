"""Model artifacts on disk: versioned, verified, written atomically, one marked current.

Layout under the models directory::

    models/
      CURRENT                      the current version's name (one line)
      <version>/model.joblib       the fitted estimators
      <version>/metadata.json      labels, config, versions, data hash, metrics, sha256 of model.joblib

A version is first written to a hidden temporary directory and renamed into place only when
complete, and ``CURRENT`` is replaced with an atomic rename: an interrupted or failed run never
leaves a half-written model and never moves ``CURRENT``. Before every load the joblib file's SHA-256
is compared with the metadata, so a truncated or tampered file is refused before unpickling.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import importlib.metadata
import io
import json
import logging
import os
import platform
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import joblib

logger = logging.getLogger(__name__)

MODEL_FILE = "model.joblib"
METADATA_FILE = "metadata.json"
CURRENT_FILE = "CURRENT"
FORMAT_VERSION = 1


class ModelError(Exception):
    """A model version cannot be served; the message says why, without server paths."""


class ModelNotFoundError(ModelError, FileNotFoundError):
    """No such model version, or no model trained yet."""


class IntegrityError(ModelError, RuntimeError):
    """A model file does not match its recorded checksum or signature."""


class BrokenModelError(ModelError, ValueError):
    """A version's files are unreadable or not what a model version holds."""


REQUIRED_HEADS = ("client_type",)


def sign(metadata: dict[str, Any], key: bytes) -> str:
    """HMAC-SHA256 over the metadata (which holds the model file's SHA-256), signature excluded."""
    unsigned = {k: v for k, v in metadata.items() if k != "signature"}
    canonical = json.dumps(unsigned, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hmac.new(key, canonical.encode("utf-8"), hashlib.sha256).hexdigest()


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def library_versions() -> dict[str, str]:
    """Versions of the libraries whose behaviour the model depends on."""
    versions = {"python": platform.python_version()}
    for dist in ("client-classifier", "scikit-learn", "numpy", "scipy", "spacy", "joblib"):
        try:
            versions[dist] = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            versions[dist] = "not installed"
    return versions


def _git(*args: str, cwd: Path | None) -> str:
    return subprocess.run(
        ["git", *args], cwd=cwd, capture_output=True, text=True, check=True, timeout=5
    ).stdout.strip()


def git_commit(cwd: Path | None = None) -> str | None:
    """The current git commit (with ``-dirty`` if the tree has changes), or None outside git."""
    try:
        commit = _git("rev-parse", "HEAD", cwd=cwd)
        dirty = _git("status", "--porcelain", "--untracked-files=no", cwd=cwd)
    except (OSError, subprocess.SubprocessError):
        return None
    return f"{commit}-dirty" if dirty else commit


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_file_synced(path: Path, data: bytes) -> None:
    with path.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


@dataclass(frozen=True, slots=True)
class LoadedModel:
    """A verified model bundle and its metadata."""

    version: str
    path: Path
    bundle: dict[str, Any]
    metadata: dict[str, Any]


class ModelRegistry:
    """The versions of the model kept in one directory.

    With a ``signing_key`` every saved version is signed (HMAC over its metadata, which holds the
    model file's SHA-256) and a version without a valid signature is refused before unpickling:
    the checksum alone only shows that the file is whole, not who wrote it.
    """

    def __init__(self, root: Path, *, signing_key: bytes | None = None) -> None:
        self.root = root
        self.signing_key = signing_key

    def _version_dir(self, version: str) -> Path:
        """The directory of ``version``, refused when the name or its target leaves the root."""
        if not version or any(c in version for c in "/\\\0") or version.startswith("."):
            raise ModelNotFoundError(f"no model version {version[:80]!r}")
        path = self.root / version
        try:
            inside = path.resolve().parent == self.root.resolve()
        except (OSError, RuntimeError, ValueError) as exc:  # ValueError: a NUL in the name
            raise BrokenModelError(f"model version {version!r} cannot be resolved") from exc
        if not inside:
            raise BrokenModelError(f"model version {version!r} points outside the models directory")
        return path

    # ----- reading -------------------------------------------------------------------------
    def versions(self) -> list[str]:
        """All complete versions, oldest first (names sort by creation time)."""
        if not self.root.is_dir():
            return []
        return sorted(
            p.name
            for p in self.root.iterdir()
            if p.is_dir() and not p.name.startswith(".") and (p / METADATA_FILE).is_file()
        )

    def current_version(self) -> str | None:
        """The version marked current, if any."""
        try:
            raw = (self.root / CURRENT_FILE).read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise BrokenModelError(f"{CURRENT_FILE} cannot be read: {exc.strerror}") from exc
        try:
            name = raw.decode("utf-8").strip()
        except UnicodeDecodeError as exc:
            raise BrokenModelError(f"{CURRENT_FILE} is not UTF-8 text") from exc
        return name or None

    def metadata(self, version: str) -> dict[str, Any]:
        """The metadata of one version."""
        path = self._version_dir(version) / METADATA_FILE
        if not path.is_file():
            raise ModelNotFoundError(f"no model version {version!r}")
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise BrokenModelError(
                f"model version {version}: {METADATA_FILE} is unreadable"
            ) from exc
        if not isinstance(data, dict):
            raise BrokenModelError(f"model version {version}: {METADATA_FILE} is not an object")
        return data

    def verify(self, version: str) -> dict[str, Any]:
        """Check the joblib file against its recorded SHA-256 (and signature); return the metadata."""
        meta, _ = self._verified(version)
        return meta

    def _verified(self, version: str) -> tuple[dict[str, Any], bytes]:
        """The metadata and the model file's bytes, checked; the bytes are what gets unpickled.

        Reading the file once and loading those very bytes leaves no moment in which a file
        swapped after the check could be loaded instead.
        """
        meta = self.metadata(version)
        model_path = self._version_dir(version) / MODEL_FILE
        if not model_path.is_file():
            raise IntegrityError(f"model version {version} has no {MODEL_FILE}")
        if self.signing_key is not None:
            signature = meta.get("signature")
            if not isinstance(signature, str) or not hmac.compare_digest(
                signature, sign(meta, self.signing_key)
            ):
                raise IntegrityError(
                    f"model version {version} is unsigned or its signature does not match the "
                    "configured key; refusing to load it"
                )
        data = model_path.read_bytes()
        actual = hashlib.sha256(data).hexdigest()
        if actual != meta.get("model_sha256"):
            raise IntegrityError(
                f"model version {version}: {MODEL_FILE} has SHA-256 {actual[:12]}…, "
                f"metadata says {str(meta.get('model_sha256'))[:12]}…; refusing to load it"
            )
        return meta, data

    def sign_version(self, version: str) -> None:
        """Sign an existing version with the registry's key (after checking its checksum)."""
        if self.signing_key is None:
            raise ValueError("no signing key is configured")
        key, self.signing_key = self.signing_key, None
        try:
            meta = self.verify(version)
        finally:
            self.signing_key = key
        meta["signature"] = sign(meta, key)
        path = self._version_dir(version) / METADATA_FILE
        tmp = path.with_name(f".{METADATA_FILE}.tmp")
        _write_file_synced(tmp, json.dumps(meta, ensure_ascii=False, indent=2).encode("utf-8"))
        tmp.replace(path)

    def load(self, version: str | None = None) -> LoadedModel:
        """Load ``version`` (default: the current one) after verifying its checksum."""
        version = version or self.current_version()
        if version is None:
            raise ModelNotFoundError("no model trained yet: train one first (make train)")
        meta, data = self._verified(version)
        current = library_versions()
        for lib in ("scikit-learn", "numpy", "spacy"):
            saved = meta.get("library_versions", {}).get(lib)
            if saved and saved != current[lib]:
                logger.warning(
                    "model %s was saved with %s %s, running %s", version, lib, saved, current[lib]
                )
        try:
            bundle = joblib.load(io.BytesIO(data))
        except Exception as exc:  # unpickling can fail in any way; the version is then unusable
            raise BrokenModelError(
                f"model version {version}: {MODEL_FILE} cannot be loaded ({exc.__class__.__name__})"
            ) from exc
        if not isinstance(bundle, dict) or any(head not in bundle for head in REQUIRED_HEADS):
            raise BrokenModelError(
                f"model version {version}: the bundle lacks the heads {', '.join(REQUIRED_HEADS)}"
            )
        return LoadedModel(version=version, path=self.root / version, bundle=bundle, metadata=meta)

    # ----- writing -------------------------------------------------------------------------
    def save(
        self, bundle: dict[str, Any], metadata: dict[str, Any], *, make_current: bool = True
    ) -> str:
        """Write a new version atomically and (by default) mark it current; return its name."""
        self.root.mkdir(parents=True, exist_ok=True)
        self.cleanup_temporary(
            older_than_s=3600
        )  # a killed save's leftovers, not a concurrent save's
        created = datetime.now(UTC)
        version = self._new_version_name(created)
        tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=self.root))
        try:
            model_path = tmp / MODEL_FILE
            with model_path.open("wb") as fh:
                joblib.dump(bundle, fh, compress=3)
                fh.flush()
                os.fsync(fh.fileno())
            meta = {
                **metadata,
                "format_version": FORMAT_VERSION,
                "version": version,
                "created_at": created.isoformat(),
                "library_versions": library_versions(),
                "model_file": MODEL_FILE,
                "model_sha256": sha256_file(model_path),
                "model_bytes": model_path.stat().st_size,
            }
            if self.signing_key is not None:
                meta["signature"] = sign(meta, self.signing_key)
            _write_file_synced(
                tmp / METADATA_FILE, json.dumps(meta, ensure_ascii=False, indent=2).encode("utf-8")
            )
            _fsync_dir(tmp)
            tmp.rename(self.root / version)
            _fsync_dir(self.root)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        logger.info("saved model version %s", version)
        if make_current:
            self.use(version)
        return version

    def _new_version_name(self, created: datetime) -> str:
        """A name that sorts after every existing version, so name order is creation order."""
        existing = self.versions()
        stamp = created
        while True:
            name = stamp.strftime("%Y%m%d-%H%M%S-%f")
            if not existing or name > existing[-1]:
                return name
            stamp += timedelta(microseconds=1)

    def use(self, version: str) -> None:
        """Mark ``version`` current (after verifying it), atomically."""
        self.verify(version)
        fd, tmp_name = tempfile.mkstemp(prefix=".current-", dir=self.root)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(f"{version}\n".encode())
                fh.flush()
                os.fsync(fh.fileno())
            Path(tmp_name).replace(self.root / CURRENT_FILE)
            _fsync_dir(self.root)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
        logger.info("current model is now %s", version)

    def previous_version(self) -> str | None:
        """The version before the current one, for rolling back."""
        versions = self.versions()
        current = self.current_version()
        if current not in versions:
            return versions[-1] if versions else None
        index = versions.index(current)
        return versions[index - 1] if index > 0 else None

    def cleanup_temporary(self, *, older_than_s: float = 0.0) -> int:
        """Remove leftovers of interrupted saves older than ``older_than_s``; return how many.

        A younger leftover may belong to a save still running in another process.
        """
        if not self.root.is_dir():
            return 0
        cutoff = time.time() - older_than_s
        leftovers = [
            p
            for p in self.root.iterdir()
            if p.name.startswith((".tmp-", ".current-")) and p.stat().st_mtime <= cutoff
        ]
        for p in leftovers:
            if p.is_dir():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink(missing_ok=True)
        return len(leftovers)
