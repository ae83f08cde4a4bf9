"""Shared by the scripts that rebuild word lists in src/coincide/nlp/lexicon/ (people_lexicon.py,
valence_lexicon.py, legal_documents_lexicon.py, given_names_lexicon.py): one layout for a TOML
array of words and one for a whole word-list file, so rebuilt tables diff cleanly."""

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


def word_list_file(comment: str, provenance: str, tables: list[tuple[str, list[str], str]]) -> str:
    """A lexicon file: `comment` (its "# ..." lines), the provenance string, then each table as
    (name, words, the "# ..." lines written before it, or "")."""
    parts = [comment.rstrip("\n"), f'provenance = """{provenance}"""', ""]
    for name, words, note in tables:
        if note:
            parts.append(note.rstrip("\n"))
        parts += [f"[{name}]", "words = [", wrap(words), "]", ""]
    return "\n".join(parts)
