"""Shared by the scripts that rebuild word lists in src/coincide/nlp/lexicon/ (people_lexicon.py,
valence_lexicon.py): one layout for a TOML array of words, so rebuilt tables diff cleanly."""

from __future__ import annotations

LINE_WIDTH = 100


def wrap(words: list[str]) -> str:
    """The words as the items of a TOML array, quoted, indented four spaces, lines <= LINE_WIDTH."""
    lines, line = [], "   "
    for w in words:
        item = f' "{w}",'
        if len(line) + len(item) > LINE_WIDTH:
            lines.append(line)
            line = "   "
        line += item
    lines.append(line)
    return "\n".join(lines)
