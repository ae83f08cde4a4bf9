"""Quality gate: named speakers of quotes against BASIL (basil-dev), measured by
../shared/tools/evaluate.py speakers through scripts/eval_speakers.py, exactly as a developer runs it:

    .venv/bin/python scripts/eval_speakers.py

The script scores the tuning half, the checking half (eval/speakers/basil-halves.json, split by
story) and the whole. Each floor sits a little under what was measured when it was set (a couple
of quoted phrases), so an honest change that costs one passes and a regression of several fails.
Raise a floor when the figure rises; the issue's goal is 0.85 named persons, 0.50 group speakers.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import run_eval_script

pytestmark = pytest.mark.slow  # the pipeline over the 150 basil-dev tellings

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
EVALUATE = DATA.parent / "tools" / "evaluate.py"

# Named persons right, measured tune 76/85 = 0.894, check 39/62 = 0.629, all 115/147 = 0.782
# (issuer4q); two phrases under on each half.
# issuer13s: tune 77/85 = 0.906 (a definite description that says a quotation takes the turn of
# the last speaker): tune floor two phrases under, 75/85 = 0.882.
# issuer16n: check 40/62 = 0.645, all 117/147 = 0.796 (a participle cue's speaker is the subject of
# the verb it hangs on): check floor one phrase under (39/62 = 0.629), all two under (115/147 = 0.782).
# Session 29: check 42/62 = 0.677, all 119/147 = 0.810 (a lone place word that ends a person's name
# in the story is that person: "Murray said" after "Patty Murray" was Australia's government): check
# floor one phrase under (41/62 = 0.661), all two under (117/147 = 0.796).
NAMED_FLOORS = {"tune": 0.88, "check": 0.66, "all": 0.79}
# Group speakers right, measured all 11/46 = 0.239 (BASIL labels lawmakers' quotes with the caucus;
# a member tied to a party lists the story's group of that party's lawmakers beside them).
# issuer10s: all 15/46 = 0.326 (check 12/35, tune 3/11) after a member's party is read off a definite
# or article-less apposition ("the Idaho Republican", "Republican of Idaho") and a title phrase on
# the name; floor one phrase under, 14/46 = 0.304.
# issuer22s: all 22/46 = 0.478 (check 14/35, tune 8/11) after a party actor is also named by the
# party's adjective ("Republicans" also "Republican Party", "House Democrats" also "Democratic
# lawmakers"); floor one phrase under, 21/46 = 0.457.
# issuer22s merged with R1 and A2 (a party read past the home state); A3 (a lawmaker of no stated
# party in a story of one party's caucus) dropped by the lead: an inferred party, reached by one
# event's three tellings only. All 23/46 = 0.500 (check 15/35, tune 8/11); floor one phrase under,
# 22/46 = 0.478.
# issuer24s (round 24): all 28/46 = 0.609 (check 20/35, tune 8/11) after subject salience for
# "he"/"she" (coref.py salient_subject: a lawmaker's "he" no longer goes to a nearer name that is no
# subject, so the lawmaker's caucus is listed); floor one phrase under, 27/46 = 0.587.
GROUP_FLOOR_ALL = 0.58
# Quoted phrases inside an extracted quote, measured all 347/370 = 0.938 (issuer4q).
INSIDE_FLOOR_ALL = 0.92


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    if not (DATA / "basil-dev" / "annotations").is_dir() or not EVALUATE.is_file():
        pytest.skip(f"basil-dev or evaluate.py absent under {DATA.parent}: the speakers gate needs them")
    out = tmp_path_factory.mktemp("speakers") / "basil.jsonl"
    printed = run_eval_script("eval_speakers.py", "--out", str(out))
    found = {}
    for block in re.split(r"^--- ", printed, flags=re.M)[1:]:
        half = block.split(" ", 1)[0]
        named = re.search(r"^speakers: ([\d.]+)", block, re.M)
        group = re.search(r"group speakers right: \d+/\d+ = ([\d.]+)", block)
        inside = re.search(r"inside an extracted quote: \d+/\d+ = ([\d.]+)", block)
        assert named and group and inside, f"no figures for {half!r} in:\n{printed}"
        found[half] = {"named": float(named.group(1)), "group": float(group.group(1)),
                       "inside": float(inside.group(1))}
    assert set(found) == {"tune", "check", "all"}, printed
    return found


@pytest.mark.parametrize("half", ["tune", "check", "all"])
def test_named_persons(figures, half):
    assert figures[half]["named"] >= NAMED_FLOORS[half]


def test_group_speakers(figures):
    assert figures["all"]["group"] >= GROUP_FLOOR_ALL


def test_quoted_phrases_found(figures):
    assert figures["all"]["inside"] >= INSIDE_FLOOR_ALL


# The hand-labelled pronoun and description sources (eval/speakers/turns-labels.jsonl, PolNeAR
# train and bbc-politics, `eval_speakers.py --turns`), measured tune 124/137 = 0.905, check 38/59 =
# 0.644 (issuer6s; main before it: 117/137, 37/59); about two quotes under on each half. These
# floors are for the 196 quotes of those kinds; the 52 "group noun" quotes added by issuer6t
# ("officials said", "the campaign said") have floors of their own below.
# issuer7s: check 39/59 = 0.661 after the honorific-surname rule (raised from 0.61); tune2, the 59
# pronoun and description quotes of round 7's fresh tuning part, 43/59 = 0.729 (41/59 as labelled).
# issuer9s: tune 125/137 = 0.912 (a known surname the tagger took for a common noun, "Trump later
# said", is the person): floor two quotes under, 123/137 = 0.898.
# issuer10s: tune 126/137 = 0.920, check 40/59 = 0.678 (quote turns: a "he" with no subject of its
# gender near is the one who spoke last); floors two quotes under on tune (124/137 = 0.905) and one
# on check (39/59 = 0.661).
# issuer11p: check 42/59 = 0.712 (BBC multi-sentence quotations, the subject of the clause before
# over a nearer owner), tune 126/137, tune2 43/59 = 0.729: check floor one quote under (41/59 = 0.695).
# issuer13s: tune 127/137 = 0.927, tune2 44/59 = 0.746 (description turns), check 42/59 unchanged:
# floors two quotes under on the tuning parts (125/137 = 0.912, 42/59 = 0.712).
# issuer15n: tune 128/137 = 0.934, tune2 45/59 = 0.763 (the object of a preposition is no speaker),
# check 42/59 unchanged: floors two quotes under on the tuning parts (126/137 = 0.920, 43/59 = 0.729).
# tune3 (session 17: 41 pronoun speakers in multi-speaker PolNeAR train ptune stories, labelled
# blind before the code ran on them): 24/41 = 0.585 as first measured; floor two under, 22/41 = 0.536.
# Session 18 merged (afbcb58): tune3 26/41 = 0.634 (one label given the story's own spelling,
# "Labott|Labbot", and a plural subject speaking as a group): floor two under, 24/41 = 0.585.
# issuer24s (round 24): check 44/59 = 0.746 (subject salience for "he"/"she"), tune3 28/41 = 0.683:
# check floor one quote under (43/59 = 0.729), tune3 two under (26/41 = 0.634).
# Round 26: check2, a second checking part (83 pronoun and description quotes of PolNeAR train pcheck
# stories, labelled blind, eval/speakers/draw_check2.py), measured on main a18162b: every kind but
# "group noun" 54/79 = 0.684; floor one quote under (53/79 = 0.671).
# Session 29 (a name the tagger calls a body is a person's where the story gives it a person noun or
# an age): check 46/59 = 0.780, check2 55/79 = 0.696, tune3 31/41 = 0.756: check and check2 floors
# one quote under (45/59 = 0.763, 54/79 = 0.684), tune3 two under (29/41 = 0.707).
# Session 41 (two-apostrophe quotation marks; a quotation of several sentences as one turn): tune
# 145/163 (the whole part), check2 60/83 = 0.723; floors unchanged.
# Session 42 (a pronoun outside a reported clause goes on with the subject governing it): check
# 47/59 = 0.797, tune3 32/41 = 0.780; floors unchanged (check's floor is still one quote under
# session 29's figure: a rule's one-quote gain is no margin to pin).
TURNS_FLOORS = {"tune": 0.919, "tune2": 0.728, "tune3": 0.70, "check": 0.76, "check2": 0.68}
# Group sources named by a plural noun or a campaign (kind "group noun", 26 + 26 quotes, PolNeAR
# train), measured tune 12/26 = 0.462, check 10/26 = 0.385 (issuer6t; main before it 6/26, 5/26);
# about one quote under on each half.
# tune2's 16 group-noun quotes (issuer7s): 9/16 = 0.5625 as labelled, floor two quotes under.
# issuer9s: tune2 10/16 = 0.625 (a plural with any person sense, "sources said", speaks as a group;
# main before it 9/16): floor two quotes under, 8/16.
# issuer14s: check 11/26 = 0.423 (a person's campaign spoken of by "his"/"her"): floor one quote
# under, 10/26 = 0.385.
# Session 18 merged (afbcb58): check 15/26 = 0.577 (plural nouns of people as group actors): floor
# one quote under, 14/26 = 0.538; tune 14/26 and tune2 10/16 leave theirs as they were.
GROUP_NOUN_FLOORS = {"tune": 0.42, "tune2": 0.49, "check": 0.53}


@pytest.fixture(scope="module")
def turns(tmp_path_factory):
    if not (DATA / "polnear" / "text").is_dir() or not (DATA / "bbc-politics").is_dir():
        pytest.skip(f"polnear or bbc-politics absent under {DATA}: the turns gate needs them")
    out = tmp_path_factory.mktemp("speakers") / "turns.jsonl"
    printed = run_eval_script("eval_speakers.py", "--turns", "--out", str(out))
    found = {}  # half -> kind -> [right, labelled], from "--- tune --- right R/N = x (pronoun 114/122, ...)"
    for m in re.finditer(r"^--- (\w+) --- right \d+/\d+ = [\d.]+ \((.*)\)$", printed, re.M):
        found[m.group(1)] = {k: [int(r), int(n)] for k, r, n in re.findall(r"([a-z][a-z ]*) (\d+)/(\d+)", m.group(2))}
    # tune4 (session 21) is printed too; it has no floor here (the gates below name their parts)
    # caucus (round 23t) too, with its group line apart ("--- caucus --- group right ..." is not read here)
    assert set(found) == {"tune", "tune2", "tune3", "tune4", "tune5", "caucus", "check", "check2"}, printed
    return found


def share(kinds: dict[str, list[int]], keep) -> float:
    right = sum(r for k, (r, n) in kinds.items() if keep(k))
    return right / max(1, sum(n for k, (r, n) in kinds.items() if keep(k)))


@pytest.mark.parametrize("half", ["tune", "tune2", "tune3", "check", "check2"])
def test_pronoun_and_description_speakers(turns, half):
    assert share(turns[half], lambda k: k != "group noun") >= TURNS_FLOORS[half]


@pytest.mark.parametrize("half", ["tune", "tune2", "check"])
def test_group_noun_speakers(turns, half):
    assert share(turns[half], lambda k: k == "group noun") >= GROUP_NOUN_FLOORS[half]


# The PolNeAR train yardstick (`eval_speakers.py --polnear-train`): every gold attribution whose
# source is a named person or a group noun phrase, matched to a found quote; halves ptune / pcheck
# by story. Measured (issuer9s) ptune persons 1771/1884 = 0.940, groups 391/560 = 0.698; pcheck
# persons 2044/2190 = 0.933, groups 415/647 = 0.641 (main before it: groups 361/560, 391/647);
# then with the surname-subject rule persons ptune 1775/1884 = 0.942, pcheck 2052/2190 = 0.937.
# Floors about ten items under on persons and eight on groups (the halves are large).
# issuer14s: groups ptune 400/560 = 0.714, pcheck 424/647 = 0.655 (a person's campaign, office or
# team that speaks is a body of its own): group floors about two items under (398/560, 422/647).
# issuer15n: persons ptune 1779/1884 = 0.944 (the object of a preposition is no speaker), pcheck
# 2053/2190 unchanged: ptune person floor two items under, 1777/1884 = 0.943.
# issuer15s: groups ptune 416/560 = 0.743, pcheck 449/647 = 0.694 ("people", "others" and the plural
# of a body's head noun speak as groups): group floors about two items under (414/560, 447/647).
# Then 423/560 = 0.755, 464/647 = 0.717 (a speaking name the tagger calls a place is a body): two
# items under (421/560, 462/647). (Both branches measured apart; the merge is measured below.)
# issuer16n: persons ptune 1800/1898 = 0.948, pcheck 2079/2208 = 0.942, groups pcheck 471/655 = 0.719
# (a participle cue's speaker is the subject of the verb it hangs on; more quotes found, so the
# shares are of larger counts); floors two items under (1798/1898, 2077/2208, 469/655); ptune
# groups 424/564 = 0.752 leaves its floor as it was.
# issuer17n: persons ptune 1808/1899 = 0.952, pcheck 2085/2209 = 0.944, groups ptune 429/564 = 0.761,
# pcheck 474/656 = 0.723 (a source that is no speaker: of two subjects the one that can speak, a
# passive cue's agent, no thing from the frame's fallback); floors two items under (1806/1899,
# 2083/2209, 427/564, 472/656).
# issuer17a: persons ptune 1804/1898 = 0.950, pcheck 2086/2208 = 0.945 (a surname that is a demonym,
# "Cuban said" after "Mark Cuban", is the person): floors two items under (1802/1898 = 0.9494,
# 2084/2208 = 0.9438); groups unchanged.
# Both merged (main after session 17, with the token-equality fix): persons ptune 1812/1899 = 0.954,
# pcheck 2092/2209 = 0.947, groups 429/564, 474/656; floors two items under (1810/1899 = 0.9531,
# 2090/2209 = 0.9461, 427/564, 472/656).
# Session 18 merged (afbcb58: a plural noun of people taken as a source with no actor speaks as a
# group; an owned group speaks as the owner's; a plural subject speaks when the next sentence's
# "they" does): groups ptune 445/564 = 0.789, pcheck 492/656 = 0.750; persons unchanged. Group
# floors two items under (443/564 = 0.785, 490/656 = 0.747).
# issuer19b (a document or statement speaks for its maker; a surname before a bare possessive mark
# is the person): groups ptune 447/564 = 0.793, pcheck 495/656 = 0.755; persons ptune 1813/1899,
# pcheck 2093/2209. Group floors two items under (445/564 = 0.789, 493/656 = 0.7515).
# issuer19b follow-up (a bare singular description of a body that speaks is the body named last
# with that head noun): groups ptune 449/564 = 0.796, pcheck 498/656 = 0.759; floors two under
# (447/564 = 0.7926, 496/656 = 0.7561).
# issuer21s (a surname repeated alone that the tagger leaves without a person is the person named
# before: "Le Pen told", "Schilling describes"): persons ptune 1822/1899 = 0.959, pcheck 2094/2209 =
# 0.948; floors two items under (1820/1899 = 0.9584, 2092/2209 = 0.9470); groups unchanged.
# Session 41 (a quotation of several sentences before "he said" is one turn): pcheck persons
# 2093/2209 = 0.9475, the quotes it changes there labelled blind 5 right more, 2 wrong more
# (docs/speakers.md); floors unchanged.
POLNEAR_FLOORS = {("ptune", "person"): 0.958, ("ptune", "group"): 0.792,
                  ("pcheck", "person"): 0.947, ("pcheck", "group"): 0.756}


@pytest.fixture(scope="module")
def polnear_train(tmp_path_factory):
    if not (DATA / "polnear" / "attributions-train.jsonl").is_file() or not EVALUATE.is_file():
        pytest.skip(f"polnear train or evaluate.py absent under {DATA.parent}: the yardstick needs them")
    out = tmp_path_factory.mktemp("speakers") / "polnear-train.jsonl"
    printed = run_eval_script("eval_speakers.py", "--polnear-train", "--out", str(out))
    found = {}  # (half, kind) -> share right of the found, from "--- ptune --- person 1771/1884 = 0.940 of found ..."
    for m in re.finditer(r"^--- (p\w+) --- (.*)$", printed, re.M):
        for kind, share in re.findall(r"(person|group) \d+/\d+ = ([\d.]+) of found", m.group(2)):
            found[(m.group(1), kind)] = float(share)
    assert set(found) == set(POLNEAR_FLOORS), printed
    return found


@pytest.mark.parametrize("half, kind", sorted(POLNEAR_FLOORS))
def test_polnear_train_speakers(polnear_train, half, kind):
    assert polnear_train[(half, kind)] >= POLNEAR_FLOORS[(half, kind)]
