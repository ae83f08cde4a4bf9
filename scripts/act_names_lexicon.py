#!/usr/bin/env python3
"""Rebuild src/coincide/nlp/lexicon/act-names.toml, the proper names of acts, from WordNet 3.0.

    apt-get install wordnet-base      # Princeton WordNet 3.0's database files, /usr/share/wordnet
    python3 scripts/act_names_lexicon.py [/usr/share/wordnet]

A name is kept when WordNet writes it capitalised, knows it as a noun in one sense only, and files
that sense under `noun.act` (acts, programmes, wars, battles, rites), not below position.n.06
(an office, also filed there): "Medicare", "Medicaid", "Social Security", "NAFTA", "the Vietnam
War", "Operation Desert Storm". What the tagger calls a body under such a name is a programme or
an event that actors run, fight or oppose, not one of them. A name with a second sense stays out
("PM": a post-mortem and the Prime Minister; "Verdun": a battle and a town), and so do initials
unless they shorten a capitalised name ("NAFTA" does; "CBC", a complete blood count, does not,
and is a broadcaster's too). WordNet is not a
dependency: the names ship as data, lower-cased with spaces, with its licence.
"""

from __future__ import annotations

import sys
from pathlib import Path

from legal_documents_lexicon import below, hypernyms  # sibling modules: scripts are run as files
from people_lexicon import LICENCE
from toml_lists import word_list_file

OUT = Path(__file__).resolve().parents[1] / "src" / "coincide" / "nlp" / "lexicon" / "act-names.toml"
NOUN_ACT = "04"  # lex_filenum of noun.act (WordNet's lexnames file)
OFFICE = "00586262"  # position.n.06: position, post, berth, office, spot, billet, place, situation


def act_names(wordnet: Path) -> list[str]:
    capitalised: dict[str, set[str]] = {}  # lower-cased lemma -> offsets of synsets writing it capitalised
    lexfile: dict[str, str] = {}
    spelled: dict[str, list[str]] = {}  # offset -> its words as WordNet writes them
    for line in (wordnet / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        parts = line.split(" | ")[0].split()
        offset, lexfile[offset], w_cnt = parts[0], parts[1], int(parts[3], 16)
        spelled[offset] = [word.split("(")[0] for word in parts[4:4 + 2 * w_cnt:2]]  # less a marker, "(p)"
        for word in spelled[offset]:
            if word[:1].isupper():
                capitalised.setdefault(word.lower(), set()).add(offset)
    up = hypernyms(wordnet)
    names = []
    for line in (wordnet / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        lemma, synset_cnt, p_cnt = parts[0], int(parts[2]), int(parts[3])
        offsets = parts[4 + p_cnt + 2:]
        if synset_cnt != 1 or offsets[0] not in capitalised.get(lemma, ()):
            continue
        if lexfile[offsets[0]] != NOUN_ACT or below(offsets[0], OFFICE, up):
            continue
        written = next(w for w in spelled[offsets[0]] if w.lower() == lemma)
        if written.isupper() and not any("_" in w and w[:1].isupper() for w in spelled[offsets[0]]):
            continue  # initials of a common noun ("CBC", a complete blood count) may be a body's too
        names.append(lemma.replace("_", " "))
    return sorted(set(names))


def main(wordnet: str = "/usr/share/wordnet") -> int:
    names = act_names(Path(wordnet))
    OUT.write_text(word_list_file(
        """# Proper names of acts: names WordNet knows in one sense only, filed under noun.act and not an
# office (programmes, wars, battles, rites: "medicare", "social security", "nafta"). Read by
# coincide_actors: a name no dictionary knows that is one of these is no actor. Lower case, spaces.""",
        f"""Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37), filtered by
scripts/act_names_lexicon.py: capitalised noun lemmas with one sense, in noun.act, not below
position.n.06; initials only where they shorten a capitalised name. {len(names)} names.

{LICENCE}""",
        [("words", names, "")]), encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
