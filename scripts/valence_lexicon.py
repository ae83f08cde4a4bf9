#!/usr/bin/env python3
"""Rebuild src/coincide/nlp/lexicon/valence.toml from VADER's lexicon file.

    pip download --no-deps -d /tmp/vader vaderSentiment==3.3.2 && unzip -d /tmp/vader /tmp/vader/*.whl
    python3 scripts/valence_lexicon.py /tmp/vader/vaderSentiment/vader_lexicon.txt \
        /tmp/vader/vaderSentiment-3.3.2.dist-info/LICENSE.txt

Keeps single words (letters, at most one hyphen) whose mean human valence rating is at least 1.5
in absolute value on VADER's -4..4 scale and whose raters agree (standard deviation at most 1.2).
VADER is not a dependency: the filtered words ship as data, with its MIT licence.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from toml_lists import wrap  # a sibling module: scripts are run as files

OUT = Path(__file__).resolve().parents[1] / "src" / "coincide" / "nlp" / "lexicon" / "valence.toml"
MIN_VALENCE = 1.5
MAX_SPREAD = 1.2


def main(lexicon_path: str, licence_path: str) -> int:
    support, oppose = [], []
    for row in Path(lexicon_path).read_text(encoding="utf-8").splitlines():
        word, mean, spread = row.split("\t")[:3]
        if not re.fullmatch(r"[a-z]+(-[a-z]+)?", word):
            continue
        if abs(float(mean)) < MIN_VALENCE or float(spread) > MAX_SPREAD:
            continue
        side = support if float(mean) > 0 else oppose
        if word not in side:  # the file lists a few words twice
            side.append(word)
    licence = Path(licence_path).read_text(encoding="utf-8").strip()
    OUT.write_text(f'''# Valence: words that say a thing is good or bad, from a general sentiment lexicon. Read only where
# the grammar already says an evaluation is being given (the naming frames "called X a Y",
# "described X as Y": positions._naming_evaluation), to say which way it goes; never a stance
# trigger on its own ("a big win" in a sports line is no position).
provenance = """VADER sentiment lexicon (vader_lexicon.txt of the vaderSentiment 3.3.2 package, C.J. Hutto,
MIT licence, reproduced below), filtered by scripts/valence_lexicon.py: single words (letters and
at most one hyphen), mean human valence rating of at least {MIN_VALENCE} in absolute value on VADER's
-4..4 scale, rating standard deviation at most {MAX_SPREAD} (raters agree). Positive -> support,
negative -> oppose.

{licence}"""

[words]
support = [
{wrap(support)}
]
oppose = [
{wrap(oppose)}
]
''', encoding="utf-8")
    print(f"{OUT}: {len(support)} support, {len(oppose)} oppose")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
