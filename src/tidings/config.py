"""One configuration: shipped defaults (``defaults.toml``), a user file, then ``--set section.key=value``.

Built once into a frozen :class:`Config` that is passed down to every stage.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError


@dataclass(frozen=True)
class IngestConfig:
    max_bytes: int
    min_chars: int
    url_timeout: float
    published: str


@dataclass(frozen=True)
class NlpConfig:
    models: tuple[str, ...]
    batch_size: int
    workers: int


@dataclass(frozen=True)
class ActorsConfig:
    user_file: str
    context_share: float


@dataclass(frozen=True)
class PlacesConfig:
    min_population: int


@dataclass(frozen=True)
class EventsConfig:
    min_score: float


@dataclass(frozen=True)
class StoreConfig:
    path: str
    batch_size: int
    wait: float


@dataclass(frozen=True)
class EngineConfig:
    name: str


@dataclass(frozen=True)
class Config:
    ingest: IngestConfig
    nlp: NlpConfig
    actors: ActorsConfig
    places: PlacesConfig
    events: EventsConfig
    store: StoreConfig
    engine: EngineConfig

    def with_values(self, **sections: dict[str, Any]) -> Config:
        """A copy with some keys changed: ``config.with_values(nlp={"workers": 2})``."""
        return _build(_merge(self.as_dict(), sections, "arguments"))

    def as_dict(self) -> dict[str, dict[str, Any]]:
        return {f.name: {k.name: getattr(getattr(self, f.name), k.name) for k in fields(getattr(self, f.name))}
                for f in fields(self)}


_CLASSES = {"ingest": IngestConfig, "nlp": NlpConfig, "actors": ActorsConfig, "places": PlacesConfig,
            "events": EventsConfig, "store": StoreConfig, "engine": EngineConfig}


def defaults_text() -> str:
    """The shipped defaults file, as text."""
    return resources.files("tidings").joinpath("defaults.toml").read_text(encoding="utf-8")


def load_config(path: str | Path | None = None, overrides: list[str] | tuple[str, ...] = ()) -> Config:
    """Build the configuration: defaults, then the file at ``path``, then ``section.key=value`` overrides."""
    values = tomllib.loads(defaults_text())
    if path:
        try:
            user = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as e:
            raise ConfigError(f"{path}: cannot read config file: {e.strerror}") from None
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(f"{path}: not valid TOML: {e}") from None
        values = _merge(values, user, str(path))
    for item in overrides:
        section, key, value = _parse_override(item)
        values = _merge(values, {section: {key: _coerce(value, values[section][key], item)}}, "--set")
    return _build(values)


def _parse_override(item: str) -> tuple[str, str, str]:
    name, sep, value = item.partition("=")
    section, dot, key = name.strip().partition(".")
    if not sep or not dot:
        raise ConfigError(f"--set {item!r}: expected section.key=value")
    _check_key(section, key, "--set")
    return section, key, value.strip()


def _check_key(section: str, key: str, where: str) -> None:
    if section not in _CLASSES:
        raise ConfigError(f"{where}: unknown section {section!r}; choose from {', '.join(_CLASSES)}")
    names = [f.name for f in fields(_CLASSES[section])]
    if key not in names:
        raise ConfigError(f"{where}: unknown key {section}.{key}; {section} has {', '.join(names)}")


def _coerce(text: str, default: Any, item: str) -> Any:
    try:
        if isinstance(default, bool):
            if text.lower() in ("true", "1", "yes", "on"):
                return True
            if text.lower() in ("false", "0", "no", "off"):
                return False
            raise ValueError(text)
        if isinstance(default, int):
            return int(text.replace("_", ""))
        if isinstance(default, float):
            return float(text)
        if isinstance(default, (list, tuple)):
            return [part.strip() for part in text.split(",") if part.strip()]
    except ValueError:
        raise ConfigError(f"--set {item!r}: {text!r} is not a {type(default).__name__}") from None
    return text


def _merge(base: dict[str, Any], extra: dict[str, Any], where: str) -> dict[str, Any]:
    out = {k: dict(v) for k, v in base.items()}
    for section, keys in extra.items():
        if not isinstance(keys, dict):
            raise ConfigError(f"{where}: {section!r} must be a section of keys")
        for key, value in keys.items():
            _check_key(section, key, where)
            out[section][key] = value
    return out


def _build(values: dict[str, Any]) -> Config:
    sections = {}
    for name, cls in _CLASSES.items():
        raw = dict(values.get(name, {}))
        kwargs = {}
        for f in fields(cls):
            if f.name not in raw:
                raise ConfigError(f"config: {name}.{f.name} is missing")
            v = raw[f.name]
            want = str(f.type)
            if want.startswith("tuple"):
                v = tuple(v) if isinstance(v, (list, tuple)) else (v,)
            elif want == "float" and isinstance(v, int) and not isinstance(v, bool):
                v = float(v)
            elif want in ("int", "float", "str") and type(v).__name__ != want:
                raise ConfigError(f"config: {name}.{f.name} must be a {want}, not {v!r}")
            kwargs[f.name] = v
        sections[name] = cls(**kwargs)
    config = Config(**sections)
    _validate(config)
    return config


def _validate(c: Config) -> None:
    checks = [
        (c.ingest.max_bytes > 0, "ingest.max_bytes must be positive"),
        (c.nlp.workers >= 1, "nlp.workers must be at least 1"),
        (c.nlp.batch_size >= 1, "nlp.batch_size must be at least 1"),
        (c.store.batch_size >= 1, "store.batch_size must be at least 1"),
        (c.places.min_population in (500, 1000, 5000, 15000), "places.min_population must be 500, 1000, 5000 or 15000"),
        (c.engine.name in ("local", "ray"), "engine.name must be local or ray"),
        (0.0 <= c.actors.context_share <= 1.0, "actors.context_share must be between 0 and 1"),
    ]
    for ok, message in checks:
        if not ok:
            raise ConfigError(f"config: {message}")


DEFAULT = None  # built lazily by default_config()


def default_config() -> Config:
    global DEFAULT
    if DEFAULT is None:
        DEFAULT = load_config()
    return DEFAULT


__all__ = ["Config", "load_config", "default_config", "defaults_text"]
