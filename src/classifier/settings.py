"""Runtime settings (paths, service limits), read from the environment.

Settings say *where* things are and how the service behaves; the model config says *what* a
model is. Every variable is prefixed ``CLIENT_CLASSIFIER_`` (e.g. ``CLIENT_CLASSIFIER_MODELS_DIR``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Where the project's files live and how predictions are judged uncertain."""

    model_config = SettingsConfigDict(
        env_prefix="CLIENT_CLASSIFIER_", env_file=".env", extra="ignore"
    )

    project_dir: Path = Field(default=Path(), description="Root that relative paths hang from.")
    config_path: Path = Field(default=Path("config/default.toml"))
    models_dir: Path = Field(default=Path("models"))
    reports_dir: Path = Field(default=Path("reports"))
    uncertain_below: float = Field(
        default=0.5, gt=0, le=1, description="Top probability under this is 'uncertain'."
    )
    uncertain_margin: float = Field(
        default=0.15, ge=0, le=1, description="Top two closer than this is 'uncertain'."
    )
    n_jobs: int = Field(default=2, ge=1, description="Processes for cross-validation folds.")
    log_level: str = Field(default="INFO")
    log_bodies: bool = Field(
        default=False, description="Log message bodies (personal data): only for local debugging."
    )

    # --- the service -------------------------------------------------------------------------
    max_body_bytes: int = Field(
        default=200_000, gt=0, description="Largest request body; larger is 413."
    )
    max_import_bytes: int = Field(
        default=20 * 1024 * 1024,
        gt=0,
        description="Largest file POST /v1/import takes (a chat export or a mailbox); larger "
        "is 413. Only that path gets this limit; every other request keeps max_body_bytes.",
    )
    import_timeout_s: float = Field(
        default=120.0,
        gt=0,
        description="Longest an import may take to arrive (then 408) and to be read and "
        "classified (then 503); an import stopped so stores nothing.",
    )
    max_batch: int = Field(default=100, gt=0, description="Most messages in one batch request.")
    max_text_chars: int = Field(default=100_000, gt=0, description="Longest text field accepted.")
    request_timeout_s: float = Field(
        default=10.0, gt=0, description="Longest a classification may take; then 503."
    )
    follow_current_s: float = Field(
        default=2.0,
        ge=0,
        description="How often each worker checks models/CURRENT and switches to the version it "
        "names; 0: never (reload with /v1/admin/reload).",
    )
    compute_slots: int = Field(
        default=1,
        ge=1,
        le=32,
        description="Classifications one worker process runs at once (more wait their turn).",
    )
    header_timeout_s: float = Field(
        default=10.0,
        gt=0,
        description="A connection that sends no complete request head by then is closed.",
    )
    body_timeout_s: float = Field(
        default=20.0, gt=0, description="A request body not received in full by then gets 408."
    )
    keep_alive_s: float = Field(
        default=5.0, gt=0, description="An idle keep-alive connection is closed after this."
    )
    max_connections: int = Field(
        default=512,
        gt=0,
        description="Open connections one worker keeps at most (also kept under its file limit).",
    )
    replies_count: int = Field(default=3, ge=1, le=6, description="Suggested replies per message.")
    topic_min_confidence: float = Field(
        default=0.6,
        ge=0,
        le=1,
        description="Prefer topic-specific replies only when the topic model is at least this sure.",
    )
    provider_name: str | None = Field(default=None, description="Signs the suggested replies.")
    admin_key: SecretStr | None = Field(
        default=None, description="Enables /v1/admin/*; unset or empty = disabled."
    )
    feedback_key: SecretStr | None = Field(
        default=None,
        description="When set, POST /v1/feedback needs it (or the admin key) in X-API-Key.",
    )
    feedback_per_minute: int = Field(
        default=30, ge=1, description="Corrections one client address may send per minute."
    )
    feedback_max_rows: int = Field(
        default=100_000, ge=1, description="The feedback store's size budget; past it, 507."
    )
    model_signing_key: SecretStr | None = Field(
        default=None,
        description="HMAC key: models are signed when trained, and unsigned ones refused.",
    )
    data_dir: Path = Field(
        default=Path("var"),
        description="Where the SQLite databases live (feedback, client history, owner settings).",
    )
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; overrides the SQLite file."
    )
    feedback_retention_days: int = Field(
        default=365, gt=0, description="Feedback older than this is purged."
    )
    cors_origins: list[str] = Field(
        default_factory=list, description="Allowed CORS origins; empty = CORS off."
    )

    @field_validator("admin_key", "feedback_key", "model_signing_key", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        """An empty key (``CLIENT_CLASSIFIER_ADMIN_KEY=``) means no key, never an empty one."""
        if isinstance(value, str) and not value.strip():
            return None
        return value

    def signing_key(self) -> bytes | None:
        """The model signing key as bytes, if one is configured."""
        key = self.model_signing_key
        return key.get_secret_value().encode() if key is not None else None

    def feedback_url(self) -> str:
        """The feedback database: ``database_url`` if set, else SQLite in ``data_dir``."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.resolve(self.data_dir) / 'feedback.sqlite3'}"

    def history_url(self) -> str:
        """The client history (and owner settings) database: ``database_url`` if set, else
        SQLite ``history.sqlite3`` in ``data_dir``."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.resolve(self.data_dir) / 'history.sqlite3'}"

    def resolve(self, path: Path) -> Path:
        """Return ``path`` anchored at the project directory unless it is absolute."""
        return path if path.is_absolute() else self.project_dir / path


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment."""
    return Settings()
