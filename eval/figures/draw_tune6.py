#!/usr/bin/env python3
"""Draw the stories of tune6, a sixth tuning set of figures, in a fixed random order.

    python3 eval/figures/draw_tune6.py [--n 10] [--show]

tune6 (thirteenth round of issue 14) is labelled by hand before the figures code is run on it, then
read with `scripts/eval_figures.py --half tune6 --show` to find rules. It is drawn as check2 was
(`draw_check2.py`: two pools, bbc-politics and PolNeAR's train split, `--n` from each; no story of
a labelled set, no exact copy and no rewrite of one), with its own seed, random.Random(2035), and
two more exclusions: the stories listed in /tmp/s11/check3-stories.txt when that file exists (a
third checking set drawn at the same time by another developer; tuning stories must stay out of
it), and, as the eleventh round's rule for size asked, eight or more candidate figures in at most
20 candidate sentences. `--show` prints each drawn story's candidate sentences, the labeller's work
list; the code's output is not read here.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from draw_check2 import run  # noqa: E402  (check2's method: pools, copies, rewrites, sizes)

# the list another developer's set drawn at the same time was written to; once that set is labelled
# its stories are in labels.jsonl and are passed over anyway
CHECK3_LIST = Path("/tmp/s11/check3-stories.txt")


if __name__ == "__main__":
    raise SystemExit(run(2035, "tune6", 10, CHECK3_LIST))
