"""Quality gate: coincide_events on the PLOVER gold-standard records and on the hand-judged BBC
politics checking sample, against pinned floors.

Measured with `.venv/bin/python scripts/eval_events.py` (151 records, ../shared/tools/evaluate.py
events), on each half of the records (eval/plover-halves.json: sha1 of the id; rules are tuned on
the tune half only). Each floor sits a little under its measurement, so a real regression fails and
parser noise does not; the history is in git, the figures and the confusion in docs/events-figures.md.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

from conftest import REPO, SHARED

from coincide.pipeline import analyze_stories
from coincide.records import Story
import pytest

pytestmark = pytest.mark.slow  # the pipeline over the PLOVER gold records

TUNE_TYPE_FOUND_FLOOR = 0.84  # tune half, gold type among the predicted: measured 0.866, two records under
CHECK_TYPE_FOUND_FLOOR = 0.88  # check half, same: measured 0.899, one record under (the issue asks >= 0.80)
TUNE_TYPE_ACTORS_FLOOR = 0.52  # tune half, type with both actors' countries: measured 0.549, two records under
CHECK_TYPE_ACTORS_FLOOR = 0.63  # check half, same: measured 0.652, one record under (the issue asks >= 0.55)
OTHER_EVENTS_CEILING = 0.22  # events of another type per record, all 151: measured 0.19 after the fifth BBC round (0.21, then 0.20, before; the ceiling follows it down)


def _score(evaluate, records, out, tmp_path, name):
    gold = tmp_path / f"{name}.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = subprocess.run([sys.executable, str(evaluate), "events", str(gold), str(out)],
                            capture_output=True, text=True, check=True)
    m = re.search(r"type found ([\d.]+)\s+type\+actors ([\d.]+)\s+other events per record ([\d.]+)", result.stdout)
    assert m, result.stdout
    return tuple(map(float, m.groups())), result.stdout


def test_plover_gold_records(nlp, tmp_path):
    import pytest

    records_path = SHARED / "data" / "plover-gsr" / "records.jsonl"
    evaluate = SHARED / "tools" / "evaluate.py"
    if not records_path.exists() or not evaluate.exists():
        pytest.skip(f"{records_path} or {evaluate} is absent: the gate needs ../shared/data/plover-gsr and ../shared/tools")
    records = [json.loads(line) for line in records_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    halves = json.loads((REPO / "eval" / "plover-halves.json").read_text(encoding="utf-8"))
    stories = [Story(source=f"{r['id']}.txt", body=r["text"], published=r.get("date")) for r in records]
    out = tmp_path / "events.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for record in analyze_stories(nlp, stories):
            fh.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
    (tune_typed, tune_full, _), tune_out = _score(evaluate, [r for r in records if r["id"] in set(halves["tune"])], out, tmp_path, "tune")
    (check_typed, check_full, _), check_out = _score(evaluate, [r for r in records if r["id"] in set(halves["check"])], out, tmp_path, "check")
    (_, _, other), all_out = _score(evaluate, records, out, tmp_path, "all")
    report = f"tune: {tune_out}check: {check_out}all: {all_out}"
    assert tune_typed >= TUNE_TYPE_FOUND_FLOOR, report
    assert check_typed >= CHECK_TYPE_FOUND_FLOOR, report
    assert tune_full >= TUNE_TYPE_ACTORS_FLOOR, report
    assert check_full >= CHECK_TYPE_ACTORS_FLOOR, report
    assert other <= OTHER_EVENTS_CEILING, report


# BBC politics, hand-judged: the checking samples drawn after the ninth and tenth BBC rounds (seed 2033 in
# eval/bbc-events-check.jsonl, drawn once on 1a46c61's output and judged once, by a developer who did
# not write the events code). Its stories are analysed again and each judged event looked up by
# story, sentence and trigger word: a random event counts as right when the type now found is the
# judged right type ("none": no event there), a force event as physical when it is still a
# judged-physical one or it is gone (a dropped non-physical force event is the rule working).
# Earlier samples: seed 2032 31/40 and 28/30 when drawn after the seventh round (the same re-scored on
# 1a46c61), seed 2031 29/40 and 27/30 when drawn after the sixth round (the same re-scored on
# 3d24dad), seed 2030 28/40 and 27/30 when drawn after the fifth round (30/40 and 27/30 re-scored on
# ad4510a: two of its RETREAT errors were kinds the sixth round's brief named), seed 2029 27/40 and
# 27/30 when drawn after the fourth round (the same re-scored on 7d81271 and ad4510a), seed 2028 28/40
# and 25/30 when drawn, seed 2027 29/40 and 28/30.
# Seed 2034, drawn once after the tenth round on b75eaef's output and judged once by another
# non-author: 29 of 40 random (0.725) and 26 of 30 force (0.867); 26 of the 40 random and all 30
# force events had been judged before. A harder draw, not a fall: seed 2033 re-scored on the same
# commit stays 32/40 and 27/30, so both are gated, each one event under its own measure (2034's random
# floor sits at its judged 29, one under the 30 it re-scored after the eleventh round).
BBC_SAMPLES = {
    # seed: (random right floor, force physical floor)
    # session 15 (6ee62db): 34 of 40 after the thirteenth and fifteenth rounds; one under: 33/40 = 0.825
    2033: (0.825, 0.86),  # measured 32 of 40 (0.80) and 27 of 30 (0.90); one under: 31/40, 26/30 = 0.867
    # seed 2034: 29 of 40 as judged (0.725); 30 since the eleventh round's "lead to" as causing, a kind
    # the tuning lines hold (seed 602) but which the lead named to its developer after reading this
    # sample's notes, so the 30 is not a clean checking figure: report 29/40. Force 26 of 30 (0.867).
    # Floors one under the current measure: 29/40, 25/30 = 0.833
    2034: (0.725, 0.83),
    # seed 2035, drawn once after the thirteenth round on 254d48d's output (the two readings settled
    # in session 13 applied to every line first) and judged once by a non-author: 27 of 40 random
    # (0.675), 26 of 30 force (0.867); seeds 2033 and 2034 re-score 33/40 and 31/40 on the same
    # commit, so again the draw, not a fall. Floors one under: 26/40 = 0.65, 25/30 = 0.833;
    # session 15 (6ee62db, after the fifteenth round): 29 of 40; random floor one under, 28/40 = 0.70
    2035: (0.70, 0.83),
    # seed 2036, drawn once after the fifteenth round on 6ee62db's output (captures read by the
    # PLOVER manual, settled in session 15 and applied to every line first) and judged once by a
    # non-author: 29 of 40 random (0.725), 27 of 30 force (0.90). Floors one under: 28/40 = 0.70,
    # 26/30 = 0.867
    2036: (0.70, 0.86),
    # seed 2037, drawn once after the seventeenth round on 9081b49's output and judged once by a
    # non-author: 27 of 40 random (0.675), 28 of 30 force (0.933). Floors one under: 26/40 = 0.65,
    # 27/30 = 0.90
    2037: (0.65, 0.89),
    # seed 2038, drawn once after the eighteenth round on 674d806's output and judged once by a
    # non-author: 29 of 40 random (0.725), 28 of 30 force (0.933). Floors one under: 28/40 = 0.70,
    # 27/30 = 0.90
    2038: (0.70, 0.89),
    # seed 2039, drawn once after the nineteenth round on d81c194's output and judged once by a
    # non-author (session 20): 31 of 40 random (0.775), 28 of 30 force (0.933). Floors one under:
    # 30/40 = 0.75, 27/30 = 0.90
    2039: (0.75, 0.89),
    # seed 2040, drawn once after the twentieth round on a5e6b2d's output and judged once by a
    # non-author (session 21): 36 of 40 random (0.90), 29 of 30 force (0.967). Three of the 36 are
    # meetings among one government's members judged CONSULT (the session-13 reading as seeds 2036
    # and 2037 applied it; 2039's judge read it wider, which would give 33/40). Floors one under the
    # lower reading: 32/40 = 0.80, 28/30 = 0.933. Session 22 settled the reading narrowly (a body
    # sitting as a body is no event; distinct named persons meeting stay CONSULT: the about-line of
    # eval/bbc-events-check.jsonl), so 36/40 stands; floor one under: 35/40 = 0.875
    2040: (0.875, 0.93),
    # seed 2041, drawn once after the twenty-first round on 108a528's output and judged once by a
    # non-author (session 22): 34 of 40 random (0.85), 26 of 30 force (0.867); the judge had read
    # seed 2040's lines while learning the format, several of them the same events (not fully
    # blind). Re-scored after session 22's merge: the same. Floors one under: 33/40 = 0.825,
    # 25/30 = 0.833. Session 23's confidence (retrained on tuning seeds to 640) reads 35/40: floor
    # one under, 34/40 = 0.85
    2041: (0.85, 0.83),
    # seeds 2042 and 2043, drawn once each after the twenty-second round on 238864a's output (its
    # events code that of aaa1339) and judged once each by a non-author (session 23, two judges in
    # parallel): 2042 31 of 40 random (0.775), 29 of 30 force (0.967); 2043 36 of 40 (0.90), 29 of 30
    # (0.967). Floors one under: 30/40 = 0.75, 35/40 = 0.875, 28/30 = 0.933
    2042: (0.75, 0.93),
    # 2043's force line 14 (a negated arrest) re-judged physical by the force yardstick's literal
    # reading, settled in session 23 as the other samples read that event: 30 of 30, floor 29/30
    2043: (0.875, 0.96),
    # seeds 2044 and 2045, drawn once each on faa20d8's output (session 23, after the confidence was
    # retrained on tuning seeds to 640) and judged once each by a non-author, two judges in
    # parallel: 2044 30 of 40 random (0.75), 27 of 30 force (0.90); 2045 34 of 40 (0.85), 28 of 30
    # (0.933). Floors one under: 29/40 = 0.725, 33/40 = 0.825; 26/30 = 0.867, 27/30 = 0.90
    2044: (0.725, 0.86),
    2045: (0.825, 0.89),
    # seeds 2046 and 2047, drawn once each on 7af6862's output (session 24; the events code and
    # confidence those of e8b3613, round 24's coref rules merged) and judged once each by a non-author,
    # two judges in parallel: 2046 29 of 40 random (0.725), 27 of 30 force (0.90); 2047 29 of 40
    # (0.725), 28 of 30 (0.933). Floors one under: 28/40 = 0.70; 26/30 = 0.867, 27/30 = 0.90
    2046: (0.70, 0.86),
    2047: (0.70, 0.89),
    # seeds 2048 and 2049, drawn once each on b2725e5's output (session 25; its events byte-identical
    # to 7af6862's) and judged once each by a non-author, two judges in parallel: 2048 23 of 40 random
    # (0.575), 26 of 30 force (0.867); 2049 29 of 40 (0.725), 29 of 30 (0.967). Floors one under:
    # 22/40 = 0.55, 28/40 = 0.70; 25/30 = 0.833, 28/30 = 0.933
    2048: (0.55, 0.83),
    2049: (0.70, 0.93),
}


@pytest.mark.parametrize("seed", sorted(BBC_SAMPLES))
def test_bbc_checking_sample(nlp, seed):
    from coincide.config import load_settings
    from coincide.ingest import iter_inputs, prepare_story

    judged = [json.loads(line) for line in (REPO / "eval" / "bbc-events-check.jsonl").read_text(encoding="utf-8").splitlines()[1:]]
    judged = [j for j in judged if j.get("seed") == seed]
    paths = sorted({j["story"] for j in judged})
    full = [SHARED / p.removeprefix("../shared/") for p in paths]
    if not all(p.exists() for p in full):
        pytest.skip("../shared/data/bbc-politics is absent: the BBC gate needs the shared data")
    settings = load_settings()
    stories = [prepare_story(item, settings) for item in iter_inputs([str(p) for p in full])]
    events = {}
    for path, record in zip(paths, analyze_stories(nlp, stories)):
        for e in record.events:
            for span in e.spans or [e.span]:
                events.setdefault((path, span[0]), []).append(e)

    def now(j):
        found = events.get((j["story"], j["span"][0]), [])
        word = j["trigger"].split()[0].lower()
        # the judged trigger itself first: two events of one sentence may share a word
        # ("lift embargo" and "embargo imposed"), and the first word alone would take the wrong one
        hit = [e for e in found if (e.context or "").lower() == j["trigger"].lower()]
        hit = hit or [e for e in found if word in (e.context or "").lower().split()]
        hit = hit or [e for e in found if len(e.spans) > 1 and e.spans[0][0] != j["span"][0]]  # merged across sentences
        return hit[0].type if hit else "none"

    random_ = [j for j in judged if j["sample"] == "random"]
    right = sum(now(j) == (j["type"] if j["right_type"] else j["should_be"]) for j in random_)
    force = [j for j in judged if j["sample"] == "force"]
    physical = sum((now(j) == j["type"]) == j["physical"] or (now(j) == "none" and not j["physical"]) for j in force)
    report = f"random right {right}/{len(random_)}, force physical {physical}/{len(force)}"
    print(f"BBC seed {seed}: {report}")  # the figures, for the docs, also when the gate passes
    assert len(random_) == 40 and len(force) == 30, report
    random_floor, force_floor = BBC_SAMPLES[seed]
    assert right / len(random_) >= random_floor, report
    assert physical / len(force) >= force_floor, report
