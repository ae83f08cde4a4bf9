"""Settings: the shipped `coincide.toml`, overlaid by a user's file (as trafilatura's settings.cfg).

    settings = load_settings("my.toml")      # or COINCIDE_CONFIG=my.toml
    settings["nlp"]["model"]
"""

from __future__ import annotations

import copy
import os
import stat
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError

ENV_VAR = "COINCIDE_CONFIG"
# A settings file is a few hundred bytes; past this it is not one (--config /dev/zero grew to 7 GB).
MAX_SETTINGS_BYTES = 1 << 20
# (section, key) -> the values that make sense, inclusive; a number outside is refused by name
# (max_input_bytes = -1 would refuse every input, a zero chunk size would never end).
RANGES: dict[tuple[str, str], tuple[float, float]] = {
    ("nlp", "max_chunk_chars"): (100, 10_000_000),
    ("ingest", "max_input_bytes"): (1, 1 << 40),
    ("ingest", "min_english_ratio"): (0.0, 1.0),
    ("ingest", "min_body_chars"): (0, 1_000_000),
    ("ingest", "max_body_chars"): (1, 1 << 40),
    ("output", "progress_from"): (0, 1 << 31),
}


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
            if not _fits(base[key], value):
                raise ConfigError(f"{where}: {key} must be {type(base[key]).__name__}, got {value!r}")
            base[key] = value


# The default of a setting a model file decides ([components.coincide_events] min_confidence): the
# file's own values; the user may give a number instead.
FROM_MODEL = "trained"


def _fits(default: Any, value: Any) -> bool:
    """Whether a user's value may replace a default: the same type, an int for a float, or a number
    for a setting whose default is FROM_MODEL (never a bool: True is an int to Python, not to a user)."""
    if type(value) is type(default):
        return True
    is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
    return is_number and ((isinstance(default, float) and isinstance(value, int)) or default == FROM_MODEL)


def _check_ranges(settings: dict[str, Any], where: str) -> None:
    for (section, key), (low, high) in RANGES.items():
        value = settings.get(section, {}).get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and not low <= value <= high:
            raise ConfigError(f"{where}: [{section}] {key} must be between {low:,} and {high:,}, got {value!r}")


def _read_settings_file(p: Path) -> str:
    """The text of a settings file: a regular file of at most MAX_SETTINGS_BYTES, in UTF-8."""
    try:
        mode = p.stat().st_mode
    except FileNotFoundError:
        raise ConfigError(f"{p}: settings file not found") from None
    except OSError as exc:
        raise ConfigError(f"{p}: cannot read the settings file: {exc.strerror or exc}") from None
    if stat.S_ISDIR(mode):
        raise ConfigError(f"{p}: is a folder, not a settings file")
    if not stat.S_ISREG(mode):
        # a device (/dev/zero) never ends, and a named pipe waits for a writer
        raise ConfigError(f"{p}: not a regular file (a device, pipe or socket); settings are read from a file")
    try:
        with p.open("rb") as f:
            data = f.read(MAX_SETTINGS_BYTES + 1)
    except OSError as exc:
        raise ConfigError(f"{p}: cannot read the settings file: {exc.strerror or exc}") from None
    if len(data) > MAX_SETTINGS_BYTES:
        raise ConfigError(f"{p}: over {MAX_SETTINGS_BYTES:,} bytes: not a settings file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{p}: not a valid TOML file: {exc}") from None


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
            user = tomllib.loads(_read_settings_file(p))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{p}: not a valid TOML file: {exc}") from None
        except RecursionError:
            raise ConfigError(f"{p}: not a valid TOML file: nested too deeply") from None
        _overlay(settings, _overlay_topics(settings, user, str(p)), str(p))
        _check_ranges(settings, str(p))
    if overrides:
        _overlay(settings, _overlay_topics(settings, overrides, "overrides"), "overrides")
        _check_ranges(settings, "overrides")
    return settings
