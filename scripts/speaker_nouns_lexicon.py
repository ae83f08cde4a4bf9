#!/usr/bin/env python3
"""Rebuild src/coincide/nlp/lexicon/speaker-nouns.toml, the nouns a group of speakers can be named
by, from WordNet 3.0.

    apt-get install wordnet-base      # Princeton WordNet 3.0's database files, /usr/share/wordnet
    python3 scripts/speaker_nouns_lexicon.py [/usr/share/wordnet]

people.toml keeps a noun only when its commonest sense is a person, which is right for counting
("40,000 pupils") but too strict for a speaker: as the subject of a speech verb ("sources said",
"allies say", "the authorities said") a plural noun speaks in its person sense, wherever that
sense comes. So here a noun is kept when any of its senses lies in the lexicographer file
noun.person. The speech verb is what selects the sense; the table alone says nothing of a word's
commonest reading. Lemmas, singular; lower-case single words as in people.toml.
Nouns whose first sense is a social group (noun.group: "people", "data", "networks") were tried
too and left out: they cost one position on the positions set's checking half (precision under
its floor), so a speaking "data" or "networks" stays no group actor.
"""

from __future__ import annotations

import sys
from pathlib import Path

from people_lexicon import LICENCE, NOUN_PERSON, noun_senses  # sibling modules: scripts run as files
from toml_lists import wrap

OUT = Path(__file__).resolve().parents[1] / "src" / "coincide" / "nlp" / "lexicon" / "speaker-nouns.toml"


def speaker_nouns(wordnet: Path) -> list[str]:
    return sorted(lemma for lemma, files, _ in noun_senses(wordnet) if NOUN_PERSON in files)


def main(wordnet: str = "/usr/share/wordnet") -> int:
    words = speaker_nouns(Path(wordnet))
    header = f'''# Speaker nouns: nouns with a sense, any, that names a person ("sources", "allies", "authorities").
# Read by coincide_coref for a plural that is the subject of a speech verb or the object of
# "according to": that frame selects the person sense.
provenance = """Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37), filtered by
scripts/speaker_nouns_lexicon.py: lower-case single nouns (letters, at most one hyphen) with any
sense in the lexicographer file noun.person. {len(words)} words.

{LICENCE}"""'''
    OUT.write_text("\n".join([header, "", "[words]", "words = [", wrap(words), "]", ""]), encoding="utf-8")
    print(f"{len(words)} speaker nouns written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
