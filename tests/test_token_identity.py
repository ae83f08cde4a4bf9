"""spaCy makes a new Token object each time a token is reached (doc[i], tok.head, tok.children), so
`a is b` between two tokens is always False, even for the same word: `cur.head is cur` never finds
the root and `c is not noun` never leaves the noun out. The nlp code compares tokens with == and !=
(same doc, same index). This test reads the source and fails on an identity comparison that is not
one of the known comparisons between other objects (drafts, frames, lexicon entries, caches)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

NLP = Path(__file__).resolve().parent.parent / "src" / "coincide" / "nlp"

# Identity comparisons between objects that are not tokens: each is meant as identity.
NOT_TOKENS = {
    ("actors.py", "x is d"),  # actor drafts
    ("actors.py", "theirs is org"),
    ("actors.py", "other is not d"),
    ("actors.py", "self.token_actor.get(i - 1) is d"),
    ("events.py", "gf is not f"),  # event frames
    ("knowledge.py", "m.entry is not e"),  # lexicon entries
    ("mentions.py", "cached[0] is not actors"),  # the per-doc cache's key objects
    ("mentions.py", "cached[0] is not ms"),
    ("topics.py", 'getattr(self, "_keyed_doc", None) is not doc'),
}


def identity_comparisons(path: Path) -> list[str]:
    text = path.read_text()
    found = []
    for node in ast.walk(ast.parse(text)):
        if not isinstance(node, ast.Compare):
            continue
        left = node.left
        for op, right in zip(node.ops, node.comparators):
            if isinstance(op, (ast.Is, ast.IsNot)) and not isinstance(left, ast.Constant) and not isinstance(right, ast.Constant):
                word = "is not" if isinstance(op, ast.IsNot) else "is"
                found.append(f"{ast.get_source_segment(text, left)} {word} {ast.get_source_segment(text, right)}")
            left = right
    return found


def test_the_scan_finds_a_token_identity_comparison(tmp_path):
    """The scan itself: an invented module with `cur.head is cur` is reported, `x is None` is not."""
    module = tmp_path / "m.py"
    module.write_text("def root(cur):\n    while cur.head is not cur and cur is not None:\n        cur = cur.head\n")
    assert identity_comparisons(module) == ["cur.head is not cur"]


def test_identity_is_no_token_equality(nlp):
    doc = nlp("Ministers met.")
    assert doc[1].head is not doc[1]  # why the rule exists: the root's head is a new object
    assert doc[1].head == doc[1]


@pytest.mark.parametrize("path", sorted(NLP.glob("*.py")), ids=lambda p: p.name)
def test_tokens_are_compared_by_equality(path):
    wrong = [c for c in identity_comparisons(path) if (path.name, c) not in NOT_TOKENS]
    assert not wrong, f"{path.name}: compare tokens with == / != (identity is always False): {wrong}"
