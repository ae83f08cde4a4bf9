#!/usr/bin/env python3
"""Read the positions errors in bulk: why each labelled position was missed, and what the
spurious positions are. For the tuning half only by default (rules are written from it).

    .venv/bin/python scripts/eval_positions.py --half tune --records /tmp/pos-tune.jsonl
    .venv/bin/python scripts/positions_errors.py /tmp/pos-tune.jsonl            # the table
    .venv/bin/python scripts/positions_errors.py /tmp/pos-tune.jsonl --list     # every miss
    .venv/bin/python scripts/positions_errors.py /tmp/pos-tune.jsonl --spurious 30   # a sample
    .venv/bin/python scripts/positions_errors.py /tmp/pos-tune.jsonl --wrong         # every wrong stance

Causes, checked in this order for each gold position not found (first that applies):
  holder-absent      no actor of the record matches the holder (split: the holder's name is in
                     the text / is not: only a pronoun, description or unnamed group)
  wrong-holder       a position with this stance and target exists, under another actor (split:
                     the evidence sentence names the holder only by pronoun or description / not)
  wrong-stance       the holder has a position on this target with the opposite stance
  target-missing     the holder has a position in the evidence sentence, on another target
  frame              nothing in the evidence sentence: the stance frame was not recognised; the
                     frame class comes from the words of the sentence (a first reading aid, to be
                     checked by hand: see docs/positions-errors.md)
Relations missed (gold relations of the half): both positions missing, one missing, or both found
and no relation given, split by why (`relation_gap`: the two positions' stances do not fit the
relation's kind, or their issues are worded differently).
The evidence sentence is the sentence that holds the most `about` stems (ties: the one naming the
holder). Stdlib only plus score.py.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_positions as ev  # noqa: E402

PRONOUN = re.compile(r"\b(he|she|they|it|his|her|their|its|we|i)\b", re.I)
DESCRIPTION = re.compile(
    r"\b(the|a|its|his|her) (governor|mayor|president|party|minister|chancellor|secretary|senator|"
    r"congressman|representative|spokes(?:man|woman|person)|firm|group|union|campaign|administration|"
    r"government|department|court|committee|task force|lord chancellor|prime minister|leader|chairman|"
    r"organi[sz]ation|association|movement|aide|adviser|official|officials|critics|lawmakers)\b",
    re.I,
)
# First reading of the frame, by the words that carry a stance in the evidence sentence.
FRAMES = [
    ("evaluation (adjective/noun: 'a disgrace', 'unacceptable', 'dangerous')",
     r"disgrac|outrageous|unacceptable|dangerous|disgusting|fraud|wrong|destructive|absurd|cruel|hoax|"
     r"over the line|inadequate|irresponsible|unfair|phony|anachronistic|charade|rubbish|nonsense|"
     r"bossy|demoraliz|lie\b|liar|insult|shambles|propaganda|hypocrisy|uncosted|extravagant|"
     r"excellent|sensible|champion|superior|great job|tremendous|admir|heartening|thoughtful|"
     r"unbearable|intolerable|troubled|offended|saddened|appalling|bigot|racist|cynicism|"
     r"unflattering|concern|worried|serious matter|vital|priority|important|justif|right to"),
    ("criticism verb ('criticised', 'accused', 'attacked', 'blasted', 'condemned')",
     r"criticis|criticiz|accus|attack|blast|condemn|rip\b|scoff|slam|denounc|assail|mock|ridicul|"
     r"fired back|hit back|dismiss|shrugged off|rebut|disput|decri"),
    ("demand / call ('called for', 'urged', 'asked', 'want', 'should')",
     r"call(?:ed|s|ing)? (?:for|on)|urg|demand|want|ask|should|must|need to|press"),
    ("endorsement / praise ('endorsed', 'backs', 'praised', 'commended')",
     r"endors|\bback|praise|commend|applaud|welcom|support|tribute|defend"),
    ("enacted stance (signed, voted, ruled, sued, passed, vetoed, campaigned, filed)",
     r"\bsign|vote|ruled|ruling|\bsu(?:ed|e)\b|filed|pass(?:ed)?\b|veto|campaign|appeal|overrul|"
     r"repeal|approv|adopt|upheld|joined|released|posted|ran ads|balloting|ballot|strike"),
    ("pledge / plan / proposal ('would', 'plans to', 'pledged', 'unveiled')",
     r"would|will|plan|pledg|promis|propos|unveil|vow|intend|commit|scheme|offer"),
    ("opposition / refusal ('refused', 'opposed', 'against', 'rejected')",
     r"refus|oppos|against|reject|ruled out|resist|block"),
]


def sentences(body: str) -> list[tuple[int, int, str]]:
    out, start = [], 0
    for m in re.finditer(r"(?<=[.!?\"”])\s+(?=[A-Z“\"'])|\n+", body):
        out.append((start, m.start(), body[start:m.start()]))
        start = m.end()
    out.append((start, len(body), body[start:]))
    return [s for s in out if s[2].strip()]


def options(want: dict) -> list[dict]:
    return [dict(want, **alt) for alt in want["any"]] if "any" in want else [want]


def stems(alts: str) -> list[str]:
    return [a.strip().lower() for a in str(alts).split("|") if a.strip()]


def evidence(body: str, want: dict) -> tuple[int, int, str] | None:
    holders = stems(want["holder"])
    best, key = None, (0, 0)
    for s in sentences(body):
        low = s[2].lower()
        n = max(sum(1 for a in stems(o["about"]) if a in low) for o in options(want))
        h = int(any(h in low for h in holders if not re.fullmatch(r"[a-z]{3}", h)))
        if n and (n, h) > key:
            best, key = s, (n, h)
    return best


def frame_of(text: str) -> str:
    low = text.lower()
    for name, pattern in FRAMES:
        if re.search(pattern, low):
            return name
    return "other frame"


def classify(score, got, record, want) -> tuple[str, str, str]:
    body = record["story"]["body"]
    ev_s = evidence(body, want)
    sent = ev_s[2] if ev_s else ""
    holder_actors = [a for a in got.actors.values() if got.is_actor(a["id"], want["holder"])]
    named_here = any(h in sent.lower() for h in stems(want["holder"]) if not re.fullmatch(r"[a-z]{3}", h))
    by_reference = bool(sent) and not named_here and bool(PRONOUN.search(sent) or DESCRIPTION.search(sent))
    positions = [p for p in record.get("positions") or [] if p.get("stance") != "neutral"]
    if not holder_actors:
        in_text = any(h in body.lower() for h in stems(want["holder"]) if not re.fullmatch(r"[a-z]{3}", h))
        return "holder-absent", ("named in the text, no actor" if in_text else "never named: pronoun, description or unnamed group"), sent
    for o in options(want):
        for p in positions:
            if (not got.is_actor(p.get("holder"), o["holder"]) and score.any_in(o["stance"], p.get("stance") or "")
                    and score.any_in(o["about"], score.about_text(got, p))):
                return "wrong-holder", ("holder named by pronoun/description here" if by_reference else "another name won"), sent
    flipped = options(ev.flipped(want))
    for o in flipped:
        for p in positions:
            if (got.is_actor(p.get("holder"), o["holder"]) and score.any_in(o["stance"], p.get("stance") or "")
                    and score.any_in(o["about"], score.about_text(got, p))):
                return "wrong-stance", "", sent
    if ev_s:
        for p in positions:
            span = p.get("span") or [0, 0]
            if got.is_actor(p.get("holder"), want["holder"]) and ev_s[0] <= span[0] < ev_s[1]:
                return "target-missing", "", sent
    sub = frame_of(sent) if sent else "no evidence sentence (about stems not in text)"
    if by_reference:
        sub += " [holder by pronoun/description]"
    return "frame", sub, sent


def relation_gap(want: dict, side_a: list[dict], side_b: list[dict]) -> str:
    """Why a relation whose two positions were both found was not given: coincide_relations
    relates two positions only when their matters group together and their stances fit the kind
    (the same side: coincide; opposite sides: diverge). The stances are read exactly; the matter
    only by the issue wording of the records (the component's own grouping, relations.same_matter
    on heads and modifiers of the parse, may still join two wordings: "Indiana law", "law of
    Indiana")."""
    shared = {p.get("issue") for p in side_a} & {p.get("issue") for p in side_b}
    pairs = [(x.get("stance"), y.get("stance")) for x in side_a for y in side_b]
    if want.get("relation") == "coincide":
        fits = any(x == y != "neutral" for x, y in pairs)
    else:
        fits = any({x, y} == {"support", "oppose"} for x, y in pairs)
    return ("stances fit the kind" if fits else "stances do not fit the kind") + (", one issue wording" if shared else ", different issue wordings")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("records", help="JSON Lines written by eval_positions.py --records")
    ap.add_argument("--half", choices=["tune", "check", "all"], default="tune")
    ap.add_argument("--list", action="store_true", help="every miss with its evidence sentence")
    ap.add_argument("--spurious", type=int, default=0, help="print a random sample of this many spurious positions")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--wrong", action="store_true",
                    help="every position counted as a wrong stance (a gold position's stance turned, or a trap), with its sentence")
    args = ap.parse_args(argv)
    score = ev.load_score()
    records = ev.story_records(None, args.records, None)  # as eval_positions.py --records wrote them
    causes, subs = collections.Counter(), collections.Counter()
    misses, spurious, wrong = [], [], []
    relation_causes = collections.Counter()
    for row in ev.manifest(args.half):
        gold = json.loads((ev.EVAL / row["gold"]).read_text(encoding="utf-8"))
        record = records[row["path"]]
        got = score.Analysis(record)
        for want in gold.get("positions", []):
            if score.position_found(got, want):
                continue
            cause, sub, sent = classify(score, got, record, want)
            causes[cause] += 1
            subs[(cause, sub)] += 1
            misses.append((row["path"], cause, sub, want, sent))
        for p in record.get("positions") or []:
            if p.get("stance") != "neutral" and not any(score.position_matches(got, p, w) for w in gold.get("positions", [])):
                spurious.append((row["path"], p, got))
        found = [p for p in record.get("positions") or [] if (p.get("stance") or "") != "neutral"]
        wrong += [(row["path"], p, why, got) for p, why in ev.wrong_stances(score, got, gold, found)]
        for want in gold.get("relations", []):
            ok = dict(score.score_relations({"relations": [want]}, got))
            if all(ok.values()):
                continue
            sides = []
            for h in want["actors"]:
                sides.append([p for p in record.get("positions") or []
                              if got.is_actor(p.get("holder"), h) and score.any_in(want["about"], score.about_text(got, p))])
            if all(sides):
                relation_causes["both positions found, no relation: " + relation_gap(want, *sides[:2])] += 1
            else:
                relation_causes["one side's position missing" if any(sides) else "both positions missing"] += 1
    total = sum(causes.values())
    print(f"{total} gold positions missed ({args.half} half)")
    for cause, n in causes.most_common():
        print(f"  {n:4}  {cause}")
        for (c, sub), m in subs.most_common():
            if c == cause and sub:
                print(f"        {m:4}  {sub}")
    print("relations missed:")
    for cause, n in relation_causes.most_common():
        print(f"  {n:4}  {cause}")
    if args.list:
        for path, cause, sub, want, sent in misses:
            print(f"\n[{cause}: {sub}] {path}\n  {json.dumps(want, ensure_ascii=False)}\n  > {sent.strip()[:300]}")
    if args.wrong:
        print(f"\n{len(wrong)} wrong stances ({args.half} half):")
        for path, p, why, got in wrong:
            print(f"{why:4} {path.split('/')[-1][:40]} | {got.actor(p.get('holder')).get('name')} | {p.get('stance')} | "
                  f"{p.get('issue')} | {p.get('statement')!s:.70}\n    > {_sentence_of(got, p).strip()[:260]}")
    if args.spurious:
        rng = random.Random(args.seed)
        sample = rng.sample(spurious, min(args.spurious, len(spurious)))
        print(f"\n{len(spurious)} spurious positions; a sample of {len(sample)}:")
        for i, (path, p, got) in enumerate(sample, 1):
            holder = got.actor(p.get("holder")).get("name")
            print(f"{i:2}. {path.split('/')[-1][:40]} | {holder} | {p.get('stance')} | {p.get('statement')!s:.70}\n    > {_sentence_of(got, p).strip()[:260]}")
    return 0


def _sentence_of(got, p: dict) -> str:
    """The sentence of the story holding the start of a position's span."""
    body = got.body
    s, e = p.get("span") or [0, 0]
    return next((t for a, b, t in sentences(body) if a <= s < b), body[s:e])


if __name__ == "__main__":
    sys.exit(main())
