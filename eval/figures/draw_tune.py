#!/usr/bin/env python3
"""Draw the stories of a tuning set of figures in a fixed random order, by its name and seed.

    python3 eval/figures/draw_tune.py SET SEED [--n 10] [--show]
    python3 eval/figures/draw_tune.py tune7 2036 --show   # the fifteenth round's set
    python3 eval/figures/draw_tune.py tune8 2037 --show   # session 13's set, read in the eighteenth round
    python3 eval/figures/draw_tune.py tune9 2038 --show   # session 19's set, labelled blind
    python3 eval/figures/draw_tune.py tune10 2039 --n 5 --min-percent 3 --show   # session 22's poll set
    python3 eval/figures/draw_tune.py tune11 2040 --n 10 --min-percent 3 --show  # its second (22h)
    python3 eval/figures/draw_tune.py tune12 2041 --n 10 --min-percent 2 --no-polls --show  # percentages, no polls (23g)
    python3 eval/figures/draw_tune.py tune13 2042 --n 10 --min-money 3 --show  # money (23h)

A tuning set drawn this way is labelled by hand before the figures code is run on it, then read
with `scripts/eval_figures.py --half SET --show` to find rules. It is drawn as tune7 and tune8 were
(`draw_check2.run`: two pools, bbc-politics and PolNeAR's train split, `--n` from each; no story of
a labelled set other than SET itself, so a set already labelled draws the same stories again; no
exact copy and no rewrite of one; eight or more candidate figures in at most 20 candidate
sentences), each pool shuffled with random.Random(SEED). A new set takes a seed no set has used
(the tuning sets used 2027-2030 and 2035-2042, the checking sets 2033-2034). No other set is drawn
beside it, so no list of stories is left out. `--show` prints each drawn story's candidate
sentences, the labeller's work list; the code's output is not read here. (One script for what
draw_tune7.py and draw_tune8.py did with their own seeds.)

`--min-percent N` draws only stories whose candidate sentences hold N or more percentages (a
digit or number word followed by "%", "percent" or "per cent"), for a set rich in poll and vote
shares (tune10, session 22); the stories passed over for it are passed over as the others are,
so the draw stays a fixed order of one pool and seed.

`--no-polls` (with `--min-percent`) passes over a story when most of its candidate sentences that
hold a percentage also hold a word of polls or votes (`POLL_WORDS`: poll, survey, vote, ballot,
seat, ... in any form), so the set's percentages are shares, changes and rates of other things
(tune12, session 23: the checks' percentage errors lie in frames the poll sets do not hold). A
story passed over for it is passed over as the others are: the draw is still a fixed order of one
pool and seed.

`--min-money N` draws only stories whose candidate sentences hold N or more sums of money (`MONEY`:
a currency sign before a figure, "£5", "$ 2.5bn", or a figure or number word, with "m", "bn",
"million" ... and "of" allowed between, before a currency word: "500 pounds", "two million
dollars", "millions of dollars", "40p"), for a set rich in money (tune13, session 23: the checks'
`about` errors after percentages are mostly pounds). It may be given with `--min-percent`, a story
then needing both. A story passed over for it is passed over as the others are: the draw is still
a fixed order of one pool and seed.
"""

import argparse
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from draw_check2 import draw, run, show  # noqa: E402  (check2's method: pools, copies, rewrites, sizes)

# a percentage written with a figure or a number word before its sign or word
PERCENT = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|"
                     r"sixty|seventy|eighty|ninety|hundred))\s*(?:%|percent\b|per cent\b|per-cent\b)", re.I)


# words of a poll or a vote: a sentence holding one reports a poll or vote share (tune10, tune11's kind)
POLL_WORDS = re.compile(r"\b(?:poll\w*|survey\w*|vot(?:e|es|ed|er|ers|ing)|ballot\w*|seats?|electorate|"
                        r"respondents?|caucus\w*|primar(?:y|ies)|approval)\b", re.I)


# a sum of money: a currency sign before a figure, or a figure (digits or a number word, a magnitude
# and "of" allowed after it) before a currency word ("£5bn", "500 pounds", "millions of dollars", "40p")
MONEY = re.compile(r"[£$€¥]\s?\d|(?:\d[\d,.]*|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|"
                   r"fifty|hundreds?|thousands?|millions?|billions?|trillions?))\s*(?:m|bn|k|million|billion|"
                   r"trillion)?\s*(?:of\s+)?(?:pounds?|dollars?|euros?|pence|cents?|p\b)", re.I)


def money(sents) -> int:
    """How many sums of money a story's candidate sentences hold."""
    return sum(len(MONEY.findall(t)) for _, t in sents)


def mostly_polls(sents) -> bool:
    """Whether most of a story's candidate sentences holding a percentage hold a poll or vote word."""
    with_pct = [t for _, t in sents if PERCENT.search(t)]
    return sum(bool(POLL_WORDS.search(t)) for t in with_pct) * 2 > len(with_pct)


def percentages(sents) -> int:
    """How many percentages a story's candidate sentences hold."""
    return sum(len(PERCENT.findall(t)) for _, t in sents)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0], add_help=False,
                                 allow_abbrev=False)  # "--n" is not "--no-polls"
    ap.add_argument("set", help="the tuning set's name in labels.jsonl (tune7, tune8, ...)")
    ap.add_argument("seed", type=int, help="its seed for random.Random")
    ap.add_argument("--min-percent", type=int, default=0,
                    help="draw only stories with this many percentages or more (0: no filter)")
    ap.add_argument("--no-polls", action="store_true",
                    help="pass over a story when most of its percentage sentences hold poll or vote words")
    ap.add_argument("--min-money", type=int, default=0,
                    help="draw only stories with this many sums of money or more (0: no filter)")
    known, rest = ap.parse_known_args(argv)
    if known.min_percent or known.min_money:
        more = argparse.ArgumentParser()
        more.add_argument("--n", type=int, default=10)
        more.add_argument("--show", action="store_true")
        args = more.parse_args(rest)
        show(draw(args.n, known.seed, known.set,
                  keep=lambda sents: percentages(sents) >= known.min_percent
                  and money(sents) >= known.min_money
                  and not (known.no_polls and mostly_polls(sents))),
             args.show)
        return 0
    # draw_check2.run reads `--n` and `--show` from the command line itself
    sys.argv = [sys.argv[0]] + rest
    return run(known.seed, known.set, 10)


if __name__ == "__main__":
    raise SystemExit(main())
