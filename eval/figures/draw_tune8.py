#!/usr/bin/env python3
"""Draw the stories of tune8, an eighth tuning set of figures, in a fixed random order.

    python3 eval/figures/draw_tune8.py [--n 10] [--show]

tune8 (drawn in session 13 for the next round of issue 14) is labelled by hand before the figures
code is run on it, then read with `scripts/eval_figures.py --half tune8 --show` to find rules. It is drawn as tune7 was
(`draw_check2.run`: two pools, bbc-politics and PolNeAR's train split, `--n` from each; no story of
a labelled set, check3 and tune7 included, no exact copy and no rewrite of one; eight or more
candidate figures in at most 20 candidate sentences), with its own seed, random.Random(2037). No other set is
drawn beside it, so no list of stories is left out. `--show` prints each drawn story's candidate
sentences, the labeller's work list; the code's output is not read here.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from draw_check2 import run  # noqa: E402  (check2's method: pools, copies, rewrites, sizes)


if __name__ == "__main__":
    raise SystemExit(run(2037, "tune8", 10))
