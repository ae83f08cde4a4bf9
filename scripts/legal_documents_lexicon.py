#!/usr/bin/env python3
"""Rebuild src/coincide/nlp/lexicon/documents.toml, the nouns that name a legal instrument, from WordNet 3.0.

    apt-get install wordnet-base      # Princeton WordNet 3.0's database files, /usr/share/wordnet
    python3 scripts/legal_documents_lexicon.py [/usr/share/wordnet]

A noun is kept when its first, commonest sense is legal_document.n.01 ("a document that states
some contractual relationship or grants some right") or lies below it: "act" (a legal document
codifying the result of deliberations of a legislative body), "bill", "treaty", "pact",
"statute", "constitution", "decree", "warrant". A name whose head is one ("the Criminal Justice
Act", "the Maastricht Treaty") names a text, not an actor. Nouns whose first sense is something
else stay out though a later sense is a document ("agreement": the statement of promises first;
"report", "journal", "news": writings that name bodies as often). WordNet is not a dependency:
the words ship as data, with its licence.
"""

from __future__ import annotations

import sys
from pathlib import Path

from people_lexicon import LICENCE, noun_senses  # sibling modules: scripts are run as files
from toml_lists import word_list_file

OUT = Path(__file__).resolve().parents[1] / "src" / "coincide" / "nlp" / "lexicon" / "documents.toml"
LEGAL_DOCUMENT = "06479665"  # legal_document.n.01, legal instrument, official document, instrument


def hypernyms(wordnet: Path) -> dict[str, list[str]]:
    """Each noun synset's offset -> the offsets of its hypernyms (instance hypernyms included)."""
    up: dict[str, list[str]] = {}
    for line in (wordnet / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        parts = line.split(" | ")[0].split()
        offset, w_cnt = parts[0], int(parts[3], 16)
        i = 4 + 2 * w_cnt
        pointers = [parts[i + 1 + 4 * j: i + 5 + 4 * j] for j in range(int(parts[i]))]
        up[offset] = [target for symbol, target, pos, _ in pointers if symbol in ("@", "@i") and pos == "n"]
    return up


def below(offset: str, top: str, up: dict[str, list[str]]) -> bool:
    """Whether the synset is `top` or one of its hyponyms, at any depth."""
    seen, todo = set(), [offset]
    while todo:
        o = todo.pop()
        if o == top:
            return True
        if o not in seen:
            seen.add(o)
            todo.extend(up.get(o, ()))
    return False


def legal_document_nouns(wordnet: Path) -> list[str]:
    up = hypernyms(wordnet)
    return sorted(lemma for lemma, _files, first in noun_senses(wordnet) if below(first, LEGAL_DOCUMENT, up))


def main(wordnet: str = "/usr/share/wordnet") -> int:
    words = legal_document_nouns(Path(wordnet))
    OUT.write_text(word_list_file(
        """# Legal instruments: nouns whose commonest sense is a legal document ("act", "bill", "treaty",
# "statute"). Read by coincide_actors: a name whose head is one ("the Criminal Justice Act") names a
# text, not an actor. Lemmas, singular.""",
        f"""Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37), filtered by
scripts/legal_documents_lexicon.py: lower-case single nouns (letters, at most one hyphen) whose
first, commonest sense is legal_document.n.01 or one of its hyponyms. {len(words)} words.

{LICENCE}""",
        [("words", words, "")]), encoding="utf-8")
    print(f"{len(words)} nouns -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
