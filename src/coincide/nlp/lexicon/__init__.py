"""The word lists of coincide's components, as data: one TOML file per concept, read once.

    from coincide.nlp import lexicon
    lexicon.words("speech")                  # every speech verb (lemmas)
    lexicon.tagged("speech", "addressee")    # those whose object is the one spoken to
    lexicon.table("stance", "verbs")         # a table as written: {"want": {"stance": ..., "frames": [...]}}

Each file starts with its provenance (where its words come from) and holds its words in tables.
A table of words maps each word to a list of tags (`say = ["reporting"]`): the tags name the
narrower concepts a word also belongs to, so one verb is one line in one file however many
components read it. Other tables (the stance frames) map a word to a small inline table.

A table that is only a list of words is written `[denial]` then `words = ["deny", ...]`.

Components may extend a lexicon from their settings (`[components.coincide_quotes] extra_cues`);
the files themselves are never written at run time.
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import Any

from ...errors import ConfigError

WORDS = "words"


@functools.lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """The whole file `<name>.toml` as parsed (cached: each file is read once per process)."""
    path = resources.files(__package__).joinpath(f"{name}.toml")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"lexicon {name!r}: no file {name}.toml in coincide/nlp/lexicon") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"lexicon {name!r}: {name}.toml is not valid TOML: {exc}") from None
    if not isinstance(data.get("provenance"), str):
        raise ConfigError(f"lexicon {name!r}: {name}.toml must say where its words come from (provenance)")
    return data


def table(name: str, key: str = WORDS) -> dict[str, Any]:
    try:
        found = load(name)[key]
    except KeyError:
        raise ConfigError(f"lexicon {name!r} has no table [{key}]") from None
    return found


@functools.lru_cache(maxsize=None)
def words(name: str, key: str = WORDS) -> frozenset[str]:
    """The words of a table: its keys (`say = [...]`), or its list when it is `words = [...]`."""
    found = table(name, key)
    if isinstance(found.get(WORDS), list):
        return frozenset(found[WORDS])
    return frozenset(found)


@functools.lru_cache(maxsize=None)
def tagged(name: str, tag: str, key: str = WORDS) -> frozenset[str]:
    """The words of a table that carry `tag`."""
    return frozenset(w for w, tags in table(name, key).items() if tag in tags)


def polarities(name: str, key: str) -> dict[str, str]:
    """A table of word -> "support" | "oppose" written as two lists (`support = [...]`)."""
    out: dict[str, str] = {}
    for stance, members in table(name, key).items():
        for word in members:
            out[word] = stance
    return out
