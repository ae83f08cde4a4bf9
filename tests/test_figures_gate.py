"""Quality gate: coincide_figures on the hand-labelled figures (eval/figures/labels.jsonl).

Measured with `.venv/bin/python scripts/eval_figures.py`: 626 figures in 557 sentences of 77
bbc-politics and PolNeAR stories. The first 38 stories are split by story into tune (171) and
check (162); the third round of issue 14 labelled 188 more in 19 stories of neither half as a
second tuning set, tune2 (190 since the fifth round), and the fourth round 103 more in 20 stories drawn by
eval/figures/draw_tune3.py as a third, tune3, each before reading the code's errors on them. A
figure is right when value (and a range's high end), unit and what is counted (`about`) agree
with the label. Measured at the end of the fourth round: tune P 0.883 R 0.883, tune2 P 0.939
R 0.904, tune3 P 0.870 R 0.845, check P 0.857 R 0.815 (at its start: tune 0.871 / 0.871, tune2
0.948 / 0.867, tune3 0.695 / 0.641, check 0.844 / 0.802). At the end of the fifth round (tune2
relabelled to 190 figures, definite references counted): tune 0.895 / 0.901, tune2 0.967 / 0.921,
tune3 0.892 / 0.883, check unchanged at 0.857 / 0.815. The sixth round labelled a fourth tuning
set, tune4 (121 figures in 21 stories drawn by `eval/figures/draw_tune3.py --set tune4`), before
the code was run on it (first measure: P 0.667 R 0.579); at the round's end tune 0.895 / 0.901,
tune2 0.967 / 0.921, tune3 0.902 / 0.893, tune4 0.733 / 0.636, check 0.870 / 0.827; the
seventh round's ellipsis rule (decided on the tuning sets) gives tune4 0.748 / 0.661 and check
0.861 / 0.840 (two more found, four more reported), the rest unchanged. Each floor
sits about two figures under the measurement, so a real regression fails and parser noise does not.
The eighth round gated the claimant too (right, of the figures found), after a claimant that no
actor names ("a survey", "exit polls") came to be kept by its words (`source_text`). The ninth
round labelled a fifth tuning set, tune5 (85 figures in 22 stories drawn by `draw_tune3.py --set
tune5`), before the code was run on it: P 0.785 R 0.729, the held-out figure of the eighth round's rules.
The tenth round kept two `about` rules (each helping three tuning sets, check unchanged at 0.861 /
0.840): tune 0.907 / 0.912, tune2 0.972 / 0.926, tune3 0.912 / 0.903, tune4 0.757 / 0.669, tune5
0.797 / 0.741.
The eleventh round (2026-12-02) labelled a second checking set, check2 (210 figures in 30 stories,
15 bbc-politics and 15 PolNeAR train, drawn by `eval/figures/draw_check2.py`, seed 2033), by
someone who had not written the figures code, and committed the labels before the code was run on
them; it is measured only, never read for rules. Its first measure, on the tenth round's code: check2
P 0.824 R 0.757 (159 of 210 found, 193 reported), check and check2 pooled (`checks`) P 0.840 R 0.793
(295 of 372 found, 351 reported). The issue's goal (P and R >= 0.85) is judged on the pooled row.
The twelfth round's recall rules (each measured on the tuning sets, then on check and check2,
numbers only): check2 P 0.843 R 0.795 (167 of 210, 198 reported), pooled P 0.851 R 0.815 (303 of
372, 356 reported); tune2 0.973 / 0.932, tune4 0.817 / 0.736, tune5 0.802 / 0.765; tune, tune3 and
check unchanged. Then the agent-noun endings that WordNet gives no person sense (two spurious
figures fewer on check2: P 0.852, pooled P 0.856; tune3 0.921, tune4 0.824, tune5 0.823); and a
bare number doing what only people do (check2 0.854 / 0.805, pooled 0.857 / 0.820; no tuning
label moved).
Issue 14, assignment 11c (2026-12-03): a third checking set, check3 (143 figures in 30 stories, 15
bbc-politics and 15 PolNeAR train, drawn by `eval/figures/draw_check3.py`, seed 2034, labelled in
`eval/figures/check3_labels.py` by someone writing no figures rule, committed before the code ran
on them). Its first measure: P 0.860 R 0.818 (117 of 143 found, 136 reported); check + check2 +
check3 pooled (`checks`) P 0.858 R 0.819 (422 of 515 found, 492 reported).
The thirteenth round (2026-12-03) labelled a sixth tuning set, tune6 (126 figures in 20 stories,
10 bbc-politics and 10 PolNeAR train, `eval/figures/draw_tune6.py`, seed 2035), before the code ran
on it: P 0.798 R 0.722. Its rules (bare numbers whose noun is understood: a passive subject, a "who"
clause, a definite number of the same count before, the sentence before's count; a change's
subject; headline-joined "Millions of"; "a dozen"; hyphenated parts of a scale; QUANTITY MPs):
tune6 0.824 / 0.817, tune5 0.850 / 0.800, check2 0.855 / 0.814, pooled 0.858 / 0.825 (307 of 372,
358 reported); tune..tune4 and check unchanged.
The fifteenth round (2026-12-03) labelled a seventh tuning set, tune7 (94 figures in 20 stories,
`eval/figures/draw_tune.py tune7 2036`), before the code ran on it: P 0.872 R 0.798. Its rules
("two thirds of", "several hundred", a specific number counted elsewhere in the story, "up from"):
tune 0.913 / 0.918, tune2 0.973 / 0.937, tune6 0.841 / 0.841, tune7 0.888 / 0.840; the checking
sets unchanged (pooled 0.859 / 0.825).
The eighteenth round (2026-12-03) read tune8 (125 figures in 20 stories, `eval/figures/draw_tune.py
tune8 2037`, labelled blind in session 13; first measure P 0.796 R 0.720). Its three rules ("one
of" a counted group, a number of "dead" or "wounded", a sum after "a"/"an" measures the noun after
it) moved tuning labels only (checks 0 / 0 / 0) and were dropped by the lead, as the project drops a
rule that helps the tuning half and not the checking half; every figure is as before the round.
Session 19 labelled a ninth tuning set, tune9 (122 figures in 20 stories, `eval/figures/draw_tune.py
tune9 2038`), before the code ran on it: first measure P 0.848 R 0.779, gated two figures under.
Session 22 labelled a tenth, tune10, of poll shares (59 figures in 6 stories, `eval/figures/draw_tune.py
tune10 2039 --n 5 --min-percent 3`), blind: first measure P 0.840 R 0.712, gated two figures under.
Assignment 22h labelled an eleventh, tune11, a second of poll shares (105 figures in 10 stories,
`eval/figures/draw_tune.py tune11 2040 --n 10 --min-percent 3`), blind: first measure P 0.910 R
0.867, gated two figures under.
Assignment 23g labelled a twelfth, tune12, of percentages that are no poll shares (90 figures in 10
stories, `eval/figures/draw_tune.py tune12 2041 --n 10 --min-percent 2 --no-polls`), blind: first
measure P 0.886 R 0.778, gated two figures under.
Assignment 23h labelled a thirteenth, tune13, rich in money (116 figures in 13 stories,
`eval/figures/draw_tune.py tune13 2042 --n 10 --min-money 3`), blind: first measure P 0.887 R
0.879, gated two figures under.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from conftest import REPO, SHARED

FLOORS = {
    # half: (precision floor, recall floor)
    # tenth round: money inside a noun phrase measures its head, and a score pair after a lead
    # measures its two sides (each rule helped three tuning sets; check unchanged)
    # fifteenth round: "up from" amounts measure what the amount before measures: tune 0.913 / 0.918 =
    # 157 / 172, 157 / 171; two figures under (155 / 172 = 0.901, 155 / 171 = 0.906)
    "tune": (0.895, 0.90),  # session 18 audit: measured 0.901 / 0.906; 0.895 / 0.90 before: two figures under 0.907 / 0.912
    # fifteenth round ("two thirds of those waiting"): 0.973 / 0.937 = 178 / 183, 178 / 190; two under 176 / 190 = 0.926
    # sixteenth round (a conjunct amount continues the one it is joined to): 0.978 / 0.942 = 179 / 183,
    # 179 / 190; two under (177 / 183 = 0.967, 177 / 190 = 0.932); (0.96, 0.925) before
    "tune2": (0.965, 0.93),  # 0.92 before: two figures under 0.973 / 0.932 (twelfth round; 0.972 / 0.926 before, 0.967 / 0.921 before that; 190 labels since the fifth round)
    "tune3": (0.90, 0.88),  # two figures under 0.921 / 0.903 (twelfth round: one spurious figure fewer; 0.912 / 0.903 before, 0.902 / 0.893 before that)
    # sixteenth round (a currency conversion in brackets measures what the sum it converts measures):
    # 0.852 / 0.760 = 92 / 108, 92 / 121; two under (90 / 108 = 0.833, 90 / 121 = 0.744); (0.805, 0.715) before
    # seventeenth round (a pair of poll shares after a verb of preferring): 0.861 / 0.769 = 93 / 108,
    # 93 / 121; two under (91 / 108 = 0.843, 91 / 121 = 0.752); (0.83, 0.74) before
    "tune4": (0.84, 0.75),  # two figures under 0.824 / 0.736 (twelfth round; 0.757 / 0.669 before; 0.667 / 0.579 before the sixth round's rules)
    # sixteenth round (a conjunct amount): 0.863 / 0.812 = 69 / 80, 69 / 85; two under (67 / 80 = 0.838,
    # 67 / 85 = 0.788); (0.82, 0.775) before
    "tune5": (0.81, 0.76),  # session 18 audit dropped the rules kept as neutral on the checks: measured 0.825 / 0.776, floors under;  # two figures under 0.850 / 0.800 = 68 / 80, 68 / 85 (thirteenth round: a change's subject, the sentence-before ellipsis; 0.823 / 0.765 before)
    # thirteenth round: tune6, labelled before the code ran on it (first measure P 0.798 = 91 / 114,
    # R 0.722 = 91 / 126); after the round's rules 0.824 / 0.817 = 103 / 125, 103 / 126; two figures under
    # fifteenth round ("several hundred", a specific number counted elsewhere, "up from"): 0.841 /
    # 0.841 = 106 / 126; two figures under (104 / 126 = 0.825); (0.805, 0.80) before
    "tune6": (0.79, 0.77),  # session 18 audit (neutral rules dropped): measured 0.805 / 0.786
    # fifteenth round: tune7 (94 figures in 20 stories, `eval/figures/draw_tune.py tune7 2036`),
    # labelled before the code ran on it (first measure P 0.872 = 75 / 86, R 0.798 = 75 / 94); after
    # the round's rules 0.888 / 0.840 = 79 / 89, 79 / 94; two figures under (77 / 89 = 0.865, 77 / 94 = 0.819)
    "tune7": (0.855, 0.78),  # session 18 audit (neutral rules dropped): measured 0.872 / 0.798
    # eighteenth round: tune8 (125 figures in 20 stories, `eval/figures/draw_tune.py tune8 2037`),
    # labelled blind in session 13: P 0.796 = 90 / 113, R 0.720 = 90 / 125 (the round's three rules
    # moved tuning labels only and were dropped, so this is the set as labelled); two figures under
    # (88 / 113 = 0.779, 88 / 125 = 0.704)
    "tune8": (0.775, 0.70),
    # session 19: tune9 (122 figures in 20 stories, `eval/figures/draw_tune.py tune9 2038`), labelled
    # blind: first measure P 0.848 = 95 / 112, R 0.779 = 95 / 122; two figures under (93 / 112 =
    # 0.830, 93 / 122 = 0.762)
    "tune9": (0.83, 0.76),
    # session 22: tune10, poll shares (59 figures in 6 stories, `eval/figures/draw_tune.py tune10
    # 2039 --n 5 --min-percent 3`), labelled blind: first measure P 0.840 = 42 / 50, R 0.712 = 42 /
    # 59 (0.764 = 42 / 55 while three date-only sentence starts overlapped their next sentences, a
    # placing fault, no figure's label changed); two figures under (40 / 50 = 0.80, 40 / 59 = 0.678)
    "tune10": (0.80, 0.675),
    # assignment 22h: tune11, a second poll set (105 figures in 10 stories, `eval/figures/draw_tune.py
    # tune11 2040 --n 10 --min-percent 3`), labelled blind: first measure P 0.910 = 91 / 100, R 0.867
    # = 91 / 105; two figures under (89 / 100 = 0.89, 89 / 105 = 0.848)
    "tune11": (0.89, 0.845),
    # assignment 23g: tune12, percentages that are no poll shares (90 figures in 10 stories,
    # `eval/figures/draw_tune.py tune12 2041 --n 10 --min-percent 2 --no-polls`), labelled blind:
    # first measure P 0.886 = 70 / 79, R 0.778 = 70 / 90; two figures under (68 / 79 = 0.861,
    # 68 / 90 = 0.756)
    "tune12": (0.86, 0.755),
    # assignment 23h: tune13, rich in money (116 figures in 13 stories, `eval/figures/draw_tune.py
    # tune13 2042 --n 10 --min-money 3`), labelled blind: first measure P 0.887 = 102 / 115, R 0.879
    # = 102 / 116; two figures under (100 / 115 = 0.870, 100 / 116 = 0.862)
    "tune13": (0.865, 0.86),
    # precision one figure under 0.861 (the ellipsis rule reports four more, two of them with an
    # `about` the labels do not hold: 0.870 -> 0.861), recall two figures under 0.840;
    # the issue asks 0.85: precision met, recall not
    # session 19 (a rate per noun joins what it counts): 0.867 / 0.846 = 137 / 158, 137 / 162; recall
    # two under (135 / 162 = 0.833); precision stays (one under 0.861)
    # twenty-second round (an amount with no reading measures the thing named nearest before it):
    # 0.880 / 0.858 = 139 / 158, 139 / 162; the floors sat four figures under, so two under now
    # (137 / 158 = 0.867, 137 / 162 = 0.846)
    # then the clause reading of such an amount names the thing nearest before it too: 0.886 /
    # 0.864 = 140 / 158, 140 / 162; two under (138 / 158 = 0.873, 138 / 162 = 0.852)
    # then a reading that found only a verb names the thing nearest before the amount too: 0.892 /
    # 0.870 = 141 / 158, 141 / 162; two under (139 / 158 = 0.880, 139 / 162 = 0.858)
    # twenty-eighth round (a plural of people written right after a number the parser hung
    # elsewhere): 0.893 / 0.877 = 142 / 159, 142 / 162; two under (140 / 159 = 0.881, 140 / 162 = 0.864)
    "check": (0.88, 0.86),
    # eleventh round: check2, a second checking set labelled before the code ran on it (first
    # measure P 0.824 = 159 / 193, R 0.757 = 159 / 210), and check + check2 pooled (P 0.840 =
    # 295 / 351, R 0.793 = 295 / 372); each floor two figures under (157 / 193 = 0.813, 157 / 210
    # = 0.748; 293 / 351 = 0.835, 293 / 372 = 0.788). The 0.85 is judged on "checks": not met
    # twelfth round (recall rules: margins in points, shares with no "of" as subjects, bare numbers
    # suffering what people suffer, "dozen", a name before "at"/"on"/"with" in a list of results):
    # then a measure (QUANTITY) and an agent-noun ending WordNet gives no person sense count no people:
    # check2 P 0.852 = 167 / 196, R 0.795 = 167 / 210; pooled P 0.856 = 303 / 354, R 0.815 = 303 /
    # 372; each floor two figures under (165 / 196 = 0.842, 165 / 210 = 0.786; 301 / 354 = 0.850,
    # 301 / 372 = 0.809). Then a bare number doing what only people do ("nearly 40,000 voted"):
    # check2 169 of 210 found, 198 reported (P 0.854, R 0.805), pooled 305 of 372, 356 reported
    # (P 0.857, R 0.820); recall floors two figures under (167 / 210 = 0.795, 303 / 372 = 0.815).
    # The 0.85 on "checks": precision met, recall not
    # thirteenth round (a passive subject's elided noun, the sentence-before ellipsis): check2 171
    # of 210 found, 200 reported (P 0.855, R 0.814), pooled 307 of 372, 358 reported (P 0.858, R
    # 0.825); floors two figures under (169 / 200 = 0.845, 169 / 210 = 0.805; 305 / 358 = 0.852,
    # 305 / 372 = 0.820). The 0.85 on "checks": precision met, recall not
    # seventeenth round (a pair of poll shares after a verb of preferring): check2 P 0.860 = 172 /
    # 200, R 0.819 = 172 / 210; two under (170 / 200 = 0.85, 170 / 210 = 0.810); (0.845, 0.80) before
    # session 19 (a rate per noun joins what it counts): 0.870 / 0.829 = 174 / 200, 174 / 210; two under
    # (172 / 200 = 0.86, 172 / 210 = 0.819); (0.85, 0.805) before
    # twenty-eighth round (the plural of people after the number): 0.871 / 0.833 = 175 / 201, 175 /
    # 210; two under (173 / 201 = 0.861, 173 / 210 = 0.824)
    "check2": (0.86, 0.82),
    # check3, a third checking set labelled before the code ran on it: first measure P 0.860 = 117 /
    # 136, R 0.818 = 117 / 143; each floor two figures under (115 / 136 = 0.846, 115 / 143 = 0.804).
    # With it the pooled row ("checks", now check + check2 + check3) is P 0.858 = 422 / 492, R 0.819
    # = 422 / 515: its floors stay where they were (two under: 420 / 492 = 0.854, 420 / 515 = 0.816)
    # sixteenth round (the conversion rule): check3 P 0.869 = 119 / 137, R 0.832 = 119 / 143; two
    # under (117 / 137 = 0.854, 117 / 143 = 0.818); (0.845, 0.80) before
    # twenty-second round (the clause reading of an amount names the thing nearest before it):
    # 0.876 / 0.839 = 120 / 137, 120 / 143; the floors sat three or four figures under, so two
    # under now (118 / 137 = 0.861, 118 / 143 = 0.825)
    # then a reading that found only a verb names the thing nearest before it too: 0.883 / 0.846 =
    # 121 / 137, 121 / 143; two under (119 / 137 = 0.869, 119 / 143 = 0.832)
    "check3": (0.865, 0.83),
    # merged main after the thirteenth round and check3 (2026-12-03): check3 P 0.861 = 118 / 137,
    # R 0.825 = 118 / 143 (one found more than its first measure, by the round's rules); pooled
    # (check + check2 + check3) P 0.859 = 425 / 495, R 0.825 = 425 / 515; two under: 423 / 495 =
    # 0.855, 423 / 515 = 0.821. The 0.85 on "checks": precision met, recall not (438 needed)
    # sixteenth round: pooled P 0.861 = 426 / 495, R 0.827 = 426 / 515; two under (424 / 495 = 0.857,
    # 424 / 515 = 0.823): precision floor 0.85 -> 0.855, recall stays. The 0.85: recall not met (438 needed)
    # seventeenth round: pooled P 0.863 = 427 / 495, R 0.829 = 427 / 515; two under (425 / 495 =
    # 0.859, 425 / 515 = 0.825): recall floor 0.82 -> 0.825, precision stays. The 0.85:
    # recall not met (438 needed, 11 more)
    # session 19: pooled P 0.869 = 430 / 495, R 0.835 = 430 / 515; two under (428 / 495 = 0.865, 428 /
    # 515 = 0.831): (0.855, 0.825) -> (0.86, 0.83). The 0.85: recall not met (438 needed, 8 more)
    # twenty-second round (an amount with no reading measures the thing named nearest before it):
    # pooled P 0.873 = 432 / 495, R 0.839 = 432 / 515; the floors sat four to six figures under, so
    # two under now (430 / 495 = 0.869, 430 / 515 = 0.835): (0.86, 0.83) -> (0.865, 0.834). The
    # issue's 0.85: recall not met (438 needed, 6 more)
    # then the clause reading names the thing nearest before the amount too: pooled P 0.877 =
    # 434 / 495, R 0.843 = 434 / 515; two under (432 / 495 = 0.873, 432 / 515 = 0.839):
    # (0.865, 0.834) -> (0.87, 0.838). The 0.85: recall not met (438 needed, 4 more)
    # then a reading that found only a verb names the thing nearest before it too: pooled P 0.881 =
    # 436 / 495, R 0.847 = 436 / 515; two under (434 / 495 = 0.877, 434 / 515 = 0.843): (0.87,
    # 0.838) -> (0.875, 0.842). The 0.85: recall not met (438 needed, 2 more)
    # twenty-eighth round (a plural of people written right after a number the parser hung
    # elsewhere): pooled P 0.881 = 438 / 497, R 0.850 = 438 / 515; two under (436 / 497 = 0.877,
    # 436 / 515 = 0.847): (0.875, 0.842) -> (0.876, 0.846). The 0.85 on "checks": met
    # (precision 0.881, recall 0.850)
    "checks": (0.876, 0.846),
}
# half: claimant right, of the figures found; each two figures under the eighth round's measure
# (tune 143 of 154, tune2 168 / 175, tune3 84 / 92, tune4 66 / 80, check 119 / 136; before the
# round's `source_text`: 0.870, 0.926, 0.804, 0.787, 0.787)
# tune5: two under its first measure, 57 of 62 (0.919)
# check2: two under its first measure, 143 of 159 (0.899; 141 / 159 = 0.887); pooled 262 of 295
# (0.888; 260 / 295 = 0.881)
# twelfth round: tune4 75 of 89 (0.843; 73 / 89 = 0.820), check2 151 of 167 (0.904; 149 / 167 = 0.892)
# thirteenth round: tune6 91 of 103 (0.883; 89 / 103 = 0.864)
# check3: two under its first measure, 107 of 117 (0.915; 105 / 117 = 0.897); pooled with it 378 of
# 422 (0.896; 376 / 422 = 0.891), its floor unchanged
# fourteenth round (a quotation's source words claim its figures when no actor names them):
# tune3 90 of 93 (0.968; 88 / 93 = 0.946), tune5 63 of 68 (0.926; 61 / 68 = 0.897), check 120 of
# 136 (0.882; 118 / 136 = 0.868), check3 109 of 118 (0.924; 107 / 118 = 0.907), pooled 384 of 425
# (0.904; 382 / 425 = 0.899): each floor two figures under
# then a poll or an average the figure is read "in" ("10 percent in the latest poll"): tune4 76 of
# 89 (0.854; 74 / 89 = 0.831), tune6 92 of 103 (0.893; 90 / 103 = 0.874), check3 110 of 118 (0.932;
# 108 / 118 = 0.915), pooled 385 of 425 (0.906; 383 / 425 = 0.901)
# fifteenth round: tune7 69 of 79 (0.873; 67 / 79 = 0.848)
# eighteenth round: tune8 87 of 90 (0.967; 85 / 90 = 0.944)
# session 19: tune9, two under its first measure, 83 of 95 (0.874; 81 / 95 = 0.853)
# session 22: tune10, two under its first measure, 39 of 42 (0.929; 37 / 42 = 0.881)
# assignment 22h: tune11, two under its first measure, 81 of 91 (0.890; 79 / 91 = 0.868)
# assignment 23g: tune12, two under its first measure, 56 of 70 (0.800; 54 / 70 = 0.771)
# assignment 23h: tune13, two under its first measure, 84 of 102 (0.824; 82 / 102 = 0.804)
# session 20 (the twenty-first round's proposer and claim-maker rules): check 124 of 137 (0.905;
# 122 / 137 = 0.891), check2 160 of 174 (0.920; 158 / 174 = 0.908), check3 115 of 119 (0.966;
# 113 / 119 = 0.950), pooled 399 of 430 (0.928; 397 / 430 = 0.923): each floor two figures under
# assignment 22k (a finding whose maker is named in a modifier claims by its own words, "a report
# from X"): check2 162 of 174 (0.931; 160 / 174 = 0.920), check3 119 of 121 (0.983; 117 / 121 =
# 0.967), pooled 409 of 436 (0.938; 407 / 436 = 0.933): each floor two figures under
CLAIMANT_FLOORS = {"tune": 0.91, "tune2": 0.945, "tune3": 0.945, "tune4": 0.83, "tune5": 0.895, "tune6": 0.87, "tune7": 0.845,
                   "tune8": 0.94, "tune9": 0.85, "tune10": 0.88, "tune11": 0.865, "tune12": 0.77, "tune13": 0.80, "check": 0.89,
                   "check2": 0.915, "check3": 0.965, "checks": 0.93}


def test_labelled_figures():
    for folder in ("bbc-politics", "polnear"):
        if not (SHARED / "data" / folder).is_dir():
            pytest.skip(f"{SHARED / 'data' / folder} is absent: the figures gate reads the labelled stories there")
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "eval_figures.py")], capture_output=True, text=True,
                            check=True, cwd=REPO)
    got = {m.group(1): (float(m.group(2)), float(m.group(3)), float(m.group(4)))
           for m in re.finditer(r"^(tune13|tune12|tune11|tune10|tune9|tune8|tune7|tune6|tune5|tune4|tune3|tune2|tune|check3|check2|checks|check)\s+labels \d+\s+reported \d+\s+precision ([\d.]+)\s+recall ([\d.]+)"
                                r".*claimant right ([\d.]+)", result.stdout, re.M)}
    assert set(got) == set(FLOORS) == set(CLAIMANT_FLOORS), result.stdout
    for half, (p_floor, r_floor) in FLOORS.items():
        assert got[half][0] >= p_floor, (half, result.stdout)
        assert got[half][1] >= r_floor, (half, result.stdout)
        assert got[half][2] >= CLAIMANT_FLOORS[half], (half, "claimant", result.stdout)
