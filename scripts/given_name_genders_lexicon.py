#!/usr/bin/env python3
"""Write src/coincide/nlp/lexicon/given-name-genders.toml: given names that tell a gender, from
nomquamgender's name data (Van Buskirk, Clauset and Larremore 2023, "An open-source cultural
consensus approach to name-based gender classification"; MIT licence, package 0.1.4).

    pip download --no-deps -d /tmp/nqg nomquamgender==0.1.4 && unzip -o -q /tmp/nqg/*.whl -d /tmp/nqg
    .venv/bin/python scripts/given_name_genders_lexicon.py /tmp/nqg/nomquamgender/name_data.json

The package itself is not a dependency (it loads pandas to read one JSON file); its data is read
once here. A name is kept when the package's own default would classify it (p(female) at most 0.1
or at least 0.9: its `threshold = .1`) and at least 200 people bear it in its sources, so that
rare spellings do not count. Surnames are in the data too ("reynolds", male): the reader applies
the table to the first word of a name of two words or more only.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "coincide" / "nlp" / "lexicon" / "given-name-genders.toml"
THRESHOLD = 0.1
MIN_COUNT = 200


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("name_data", help="nomquamgender/name_data.json from the package's wheel")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args(argv)
    data = json.loads(Path(args.name_data).read_text(encoding="utf-8"))
    male, female = [], []
    for name, row in sorted(data.items()):
        count, pgf = row[1], row[2]
        if count < MIN_COUNT or not name.isalpha() or name != name.lower():
            continue
        if pgf <= THRESHOLD:
            male.append(name)
        elif pgf >= 1 - THRESHOLD:
            female.append(name)
    lines = [
        "# Written by scripts/given_name_genders_lexicon.py; do not edit by hand.",
        'provenance = "nomquamgender 0.1.4 name_data.json (MIT, Copyright (c) 2022 Ian Van Buskirk): '
        f'given names borne by at least {MIN_COUNT} people in its sources whose p(female) is at most '
        f'{THRESHOLD} (male) or at least {1 - THRESHOLD} (female), lower case"',
        "",
        "[male]",
        "words = [" + ", ".join(json.dumps(n, ensure_ascii=False) for n in male) + "]",
        "",
        "[female]",
        "words = [" + ", ".join(json.dumps(n, ensure_ascii=False) for n in female) + "]",
        "",
    ]
    Path(args.out).write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(male)} male, {len(female)} female -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
