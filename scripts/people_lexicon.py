#!/usr/bin/env python3
"""Rebuild src/coincide/nlp/lexicon/people.toml, the nouns that name people, from WordNet 3.0.

    apt-get install wordnet-base      # Princeton WordNet 3.0's database files, /usr/share/wordnet
    python3 scripts/people_lexicon.py [/usr/share/wordnet]

A noun is kept when its first sense (WordNet orders a word's senses by how often they were tagged
in its sense-tagged corpora) lies in the lexicographer file `noun.person` (or is person.n.01 itself): "pupil" (a learner
before the opening of the eye), "delegate", "candidate", "staffer", "contractor". Nouns whose
first sense is no person stay out though a later sense is one ("school", "company", "tanker": a
ship before a tank driver; "operator": a mathematical function before a person; "justice": the
quality before the judge). Only lower-case single words (letters, at most one hyphen): names of
particular people ("Einstein") are capitalised in WordNet and are no kind of people. WordNet is
not a dependency: the words ship as data, with its licence.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from toml_lists import word_list_file  # a sibling module: scripts are run as files

OUT = Path(__file__).resolve().parents[1] / "src" / "coincide" / "nlp" / "lexicon" / "people.toml"
NOUN_PERSON = 18  # lex_filenum of noun.person (WordNet's lexnames file)
PERSON_SYNSET = "00007846"
# Lexicographer files of senses with no body (acts, attributes, states, feelings, ideas, messages,
# events, times ...): WordNet's lexnames file. A noun whose every sense before its first person
# sense is one of these ("justice": the quality, the act, then the judge; "life": the state ...,
# then a living person) names things that are not counted, so its plural with a number counts
# the person sense ("four justices", "six million lives"); a sense with a body before it (an
# artifact, a group, a place: "tanker", "school") keeps the noun out.
ABSTRACT = {4, 7, 9, 10, 11, 12, 16, 19, 22, 24, 26, 28}
# The first sense must moreover be one that is rarely counted: an act, a quality, a feeling or a
# state ("justice", "life"); an idea or a message first ("model", "type", "report") is counted
# as a thing ("six models"), and stays out.
MASS_FIRST = {4, 7, 12, 26}  # person.n.01 itself ("person, individual, someone") is filed in noun.Tops
LICENCE = """WordNet Release 3.0. This software and database is being provided to you, the LICENSEE, by
Princeton University under the following license. By obtaining, using and/or copying this
software and database, you agree that you have read, understood, and will comply with these
terms and conditions.: Permission to use, copy, modify and distribute this software and database
and its documentation for any purpose and without fee or royalty is hereby granted, provided that
you agree to comply with the following copyright notice and statements, including the
disclaimer, and that the same appear on ALL copies of the software, database and documentation,
including modifications that you make for internal use or for distribution. WordNet 3.0
Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS
PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR
IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR
WARRANTIES OF MERCHANT- ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE
LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS,
COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or Princeton may not be
used in advertising or publicity pertaining to distribution of the software and/or database.
Title to copyright in this software, database and any associated documentation shall at all
times remain with Princeton University and LICENSEE agrees to preserve same."""


def lexicographer_files(wordnet: Path) -> dict[str, int]:
    """Each noun synset's offset -> its lexicographer file number (noun.person is 18)."""
    lexfile = {}
    for line in (wordnet / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        offset, lex_filenum = line.split(" ", 2)[:2]
        lexfile[offset] = int(lex_filenum)
    return lexfile


def noun_senses(wordnet: Path):
    """(lemma, the lexicographer file of each sense, commonest first, first sense's offset) for
    every single-word noun of the index (letters, at most one hyphen)."""
    lexfile = lexicographer_files(wordnet)
    for line in (wordnet / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        parts = line.split()
        lemma, synset_cnt, p_cnt = parts[0], int(parts[2]), int(parts[3])
        offsets = parts[4 + p_cnt + 2:]
        assert len(offsets) == synset_cnt, line
        if re.fullmatch(r"[a-z]+(-[a-z]+)?", lemma):
            yield lemma, [lexfile[o] for o in offsets], offsets[0]


def people_nouns(wordnet: Path) -> list[str]:
    return sorted(lemma for lemma, files, first in noun_senses(wordnet)
                  if files[0] == NOUN_PERSON or first == PERSON_SYNSET)


def abstract_first(wordnet: Path) -> list[str]:
    """Nouns with a person sense after only abstract senses (ABSTRACT), and none first."""
    out = []
    for lemma, files, first in noun_senses(wordnet):
        if files[0] == NOUN_PERSON or first == PERSON_SYNSET:
            continue
        if files[0] in MASS_FIRST and NOUN_PERSON in files and all(f in ABSTRACT for f in files[:files.index(NOUN_PERSON)]):
            out.append(lemma)
    return sorted(out)


def main(wordnet: str = "/usr/share/wordnet") -> int:
    words = people_nouns(Path(wordnet))
    later = abstract_first(Path(wordnet))
    OUT.write_text(word_list_file(
        """# People: nouns whose commonest sense names a person or a kind of person ("pupils", "delegates",
# "staffers"). Read by coincide_figures to tell a count of people ("40,000 pupils") from a count of
# things ("40,000 schools"); lemmas, singular.""",
        f"""Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37), filtered by
scripts/people_lexicon.py: lower-case single nouns (letters, at most one hyphen) whose first,
commonest sense is in the lexicographer file noun.person or is person.n.01 itself. {len(words)} words.

{LICENCE}""",
        [("words", words, ""),
         ("abstract_first", later, f"""# Nouns whose person sense comes after only abstract senses (no body: acts, qualities, states,
# times), the first an act, a quality, a feeling or a state, so that their plural with a number counts people ("four justices", "six million lives").
# {len(later)} words.""")]), encoding="utf-8")
    print(f"{len(words)} nouns -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
