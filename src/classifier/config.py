"""The model configuration: one TOML file, validated, every key required.

The file is the single source of truth for text handling, features, the model, calibration,
evaluation, tuning and the data split. It is saved inside every trained model, so a model always
says how it was made.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TextConfig(_Strict):
    strip_niqqud: bool
    hebrew_prefix_variants: bool
    max_chars: int = Field(gt=0)


class NgramConfig(_Strict):
    ngram_min: int = Field(ge=1)
    ngram_max: int = Field(ge=1)
    min_df: int = Field(ge=1)
    max_df: float = Field(gt=0, le=1)
    sublinear_tf: bool
    max_features: int = Field(gt=0)


class FeaturesConfig(_Strict):
    word: NgramConfig
    char: NgramConfig


class LogisticConfig(_Strict):
    C: float = Field(gt=0)
    class_weight: Literal["balanced"] | None
    solver: Literal["newton-cg", "lbfgs", "saga", "liblinear"]
    max_iter: int = Field(gt=0)


class CalibrationConfig(_Strict):
    method: Literal["temperature", "sigmoid", "isotonic"]
    folds: int = Field(ge=2)
    evidence_prior: float = Field(ge=0)


class EvaluationConfig(_Strict):
    folds: int = Field(ge=2)
    group_column: str
    ece_bins: int = Field(ge=2)
    seed: int


class TuningConfig(_Strict):
    C: list[float]
    char_ngram_max: list[int]
    word_ngram_max: list[int]
    min_df: list[int]


class DataConfig(_Strict):
    raw_dir: Path
    eml_dir: Path
    corrections: Path
    processed_dir: Path
    test_batches: list[str]


class ModelConfig(_Strict):
    """Everything that decides what a trained model is."""

    text: TextConfig
    features: FeaturesConfig
    model: LogisticConfig
    calibration: CalibrationConfig
    evaluation: EvaluationConfig
    tuning: TuningConfig
    data: DataConfig


class ConfigError(ValueError):
    """The configuration file is missing, unreadable or invalid."""


def load_config(path: Path) -> ModelConfig:
    """Read and validate the TOML configuration at ``path``."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"config file not found: {path}") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from exc
    try:
        return ModelConfig.model_validate(raw)
    except ValueError as exc:
        raise ConfigError(f"config file {path} is invalid: {exc}") from exc
