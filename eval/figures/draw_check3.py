#!/usr/bin/env python3
"""Draw the stories of check3, a third checking set of figures, in a fixed random order.

    python3 eval/figures/draw_check3.py [--n 15] [--show] [--exclude FILE ...]

check3 is labelled by someone who writes no figures rule in its round, before the figures code is
run on it, and is only measured (issue 14; check2 had been measured about twenty times while rules
were chosen). The method is draw_check2.py's: two pools, bbc-politics and PolNeAR's train split
(the articles of `polnear/attributions-train.jsonl`; the dev split stays the attribution
yardstick's), each shuffled with its own random.Random(2034) (the tuning sets used 2027-2030, check2
2033), and from each the first `--n` stories that are in no labelled set (tune, check, tune2 ..
tune5, check2), are no exact copy of a labelled story (sha1 of the text) and no rewrite of one (a
fifth or more of their 8-word runs found in the labelled stories), and hold eight or more candidate
figures in at most 20 candidate sentences (the candidate reading of draw_tune3.py). Stories listed
in an `--exclude` file (one path a line, e.g. a tuning set being drawn at the same time:
/tmp/s11/tune6-stories.txt, read when it exists) are left out, and so are their rewrites. `--show`
prints each drawn story's candidate sentences, the labeller's work list; no figures code is run here.

The draw, made on 2026-12-03 before any label (with /tmp/s11/tune6-stories.txt, 20 stories, left out), is:

    == 1 bbc-politics/076.txt: 12 candidates in 8 sentences
    == 2 bbc-politics/047.txt: 10 candidates in 6 sentences
    == 3 bbc-politics/294.txt: 11 candidates in 5 sentences
    == 4 bbc-politics/178.txt: 10 candidates in 5 sentences
    == 5 bbc-politics/144.txt: 9 candidates in 6 sentences
    == 6 bbc-politics/405.txt: 12 candidates in 7 sentences
    == 7 bbc-politics/361.txt: 22 candidates in 10 sentences
    == 8 bbc-politics/072.txt: 8 candidates in 5 sentences
    == 9 bbc-politics/372.txt: 12 candidates in 8 sentences
    == 10 bbc-politics/344.txt: 10 candidates in 5 sentences
    == 11 bbc-politics/406.txt: 14 candidates in 11 sentences
    == 12 bbc-politics/214.txt: 9 candidates in 6 sentences
    == 13 bbc-politics/066.txt: 21 candidates in 13 sentences
    == 14 bbc-politics/138.txt: 8 candidates in 2 sentences
    == 15 bbc-politics/309.txt: 10 candidates in 3 sentences
    == 16 polnear/text/west-journal_2016-07-29_clinton-acceptance-speech-skewer.txt: 9 candidates in 9 sentences
    == 17 polnear/text/politico_2016-08-08_inside-the-swing-state-trench-wa.txt: 13 candidates in 10 sentences
    == 18 polnear/text/west-journal_2016-07-28_obama-claims-hillary-most-qualif.txt: 10 candidates in 9 sentences
    == 19 polnear/text/nyt_2016-09-07_phyllis-schlafly-conservative-ba.txt: 9 candidates in 6 sentences
    == 20 polnear/text/wash-post_2016-09-01_trump-appeared-to-break-down-wal.txt: 12 candidates in 11 sentences
    == 21 polnear/text/huff-post_2016-02-28_democrats-should-be-very-nervous.txt: 22 candidates in 16 sentences
    == 22 polnear/text/politico_2016-08-08_how-newtown-gave-chris-murphy-a-.txt: 16 candidates in 11 sentences
    == 23 polnear/text/nyt_2016-01-04_for-trump-lessons-from-a-brother.txt: 8 candidates in 8 sentences
    == 24 polnear/text/huff-post_2015-12-22_of-the-most-powerful-things-lati.txt: 20 candidates in 20 sentences
    == 25 polnear/text/breitbart_2016-02-16_donald-trump-praises-breitbart-s.txt: 10 candidates in 5 sentences
    == 26 polnear/text/nyt_2016-08-02_how-an-aide-to-trump-held-sway-i.txt: 19 candidates in 16 sentences
    == 27 polnear/text/wash-post_2015-11-08_all-eggs-in-n-h-and-iowa-baskets.txt: 18 candidates in 12 sentences
    == 28 polnear/text/nyt_2015-12-14_visa-screening-missed-attacker-s.txt: 18 candidates in 15 sentences
    == 29 polnear/text/usa-today_2016-01-04_bernie-sanders-raises-m-is-withi.txt: 26 candidates in 13 sentences
    == 30 polnear/text/wash-post_2016-09-07_five-key-trends-to-watch-ahead-o.txt: 29 candidates in 19 sentences
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from draw_check2 import run  # noqa: E402  (check2's method: pools, copies, rewrites, sizes)

# the list another developer's set drawn at the same time was written to; once that set is labelled
# its stories are in labels.jsonl and are passed over anyway
TUNE6 = Path("/tmp/s11/tune6-stories.txt")


if __name__ == "__main__":
    raise SystemExit(run(2034, "check3", 15, TUNE6))
