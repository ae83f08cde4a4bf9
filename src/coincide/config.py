"""Settings: the shipped `coincide.toml`, overlaid by a user's file (as trafilatura's settings.cfg).

    settings = load_settings("my.toml")      # or COINCIDE_CONFIG=my.toml
    settings["nlp"]["model"]
"""

from __future__ import annotations

import copy
import os
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError

ENV_VAR = "COINCIDE_CONFIG"


def default_settings() -> dict[str, Any]:
    text = resources.files("coincide").joinpath("coincide.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _overlay(base: dict[str, Any], user: dict[str, Any], where: str) -> None:
    for key, value in user.items():
        if key not in base:
            raise ConfigError(f"{where}: unknown setting {key!r} (known: {', '.join(sorted(base))})")
        if isinstance(base[key], dict):
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: [{key}] must be a table")
            _overlay(base[key], value, f"{where} [{key}]")
        else:
            if type(value) is not type(base[key]) and not (isinstance(base[key], float) and isinstance(value, int)):
                raise ConfigError(f"{where}: {key} must be {type(base[key]).__name__}, got {value!r}")
            base[key] = value


def _overlay_topics(settings: dict[str, Any], user: dict[str, Any], where: str) -> dict[str, Any]:
    """[topics.NAME] tables are the user's own topics: the names are free, their keys are checked.
    Returns the rest of `user` for the ordinary overlay."""
    if "topics" not in user:
        return user
    from .knowledge.topics import validate_user_topic  # stdlib only: no spaCy at settings time

    rest = dict(user)
    topics = rest.pop("topics")
    if not isinstance(topics, dict):
        raise ConfigError(f"{where}: [topics] must be a table of [topics.NAME] tables")
    for name, spec in topics.items():
        validate_user_topic(name, spec, where)
        settings["topics"][name] = spec
    return rest


def load_settings(path: str | os.PathLike | None = None, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    settings = copy.deepcopy(default_settings())
    path = path or os.environ.get(ENV_VAR)
    if path:
        p = Path(path)
        try:
            user = tomllib.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"{p}: settings file not found") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{p}: not a valid TOML file: {exc}") from None
        _overlay(settings, _overlay_topics(settings, user, str(p)), str(p))
    if overrides:
        _overlay(settings, _overlay_topics(settings, overrides, "overrides"), "overrides")
    return settings
