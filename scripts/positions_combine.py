#!/usr/bin/env python3
"""How the stance rules' positions and the trained classifier's combine (issue 13, round 22b).

The shipped merge (coincide.nlp.stance_model.model_positions) drops every classifier candidate whose
holder already has a rule position overlapping the candidate's sentence. This script runs the
tuning half once through the shipped pipeline, and for each story keeps, beside the shipped
record, the rule positions (with their trigger word and its clause) and every classifier position
the model gives with the suppression switched off (with its role, its verb and the sentence):

    .venv/bin/python scripts/positions_combine.py --dump /tmp/comb.jsonl        # runs the pipeline
    .venv/bin/python scripts/positions_combine.py --reuse /tmp/comb.jsonl       # the table again
    .venv/bin/python scripts/positions_combine.py --reuse /tmp/comb.jsonl --variants   # merges scored

The table counts, per (holder, sentence) where both speak, whether the rule's position(s) and the
classifier's (suppressed) position match a gold position (right), its flip or a trap (wrong) or
neither (spurious), and whether the classifier's would find a gold position nothing else found.
`--variants` scores other merges offline (same records, positions list replaced), by the
eval_positions totals. Tuning half only (it reads items and gold per sentence; the checking
sets are measured by totals only).
"""

from __future__ import annotations

import argparse
import collections
import copy
import dataclasses
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_positions as ev  # noqa: E402


def _tok_clause_root(tok):
    """The nearest verb at or above a token that heads a clause of its own (ROOT, ccomp, advcl,
    xcomp, relcl, conj of a verb): the clause a rule's trigger or a candidate's verb stands in."""
    cur = tok
    while True:
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ in ("ROOT", "ccomp", "advcl", "relcl", "conj", "parataxis", "csubj", "acl"):
            return cur
        if cur.head == cur:
            return cur
        cur = cur.head


def capture():
    """Patch model_positions so each story's rule positions and unsuppressed classifier positions
    are kept (by story body) while the shipped positions go on unchanged."""
    from coincide.nlp import stance_model as SM
    from coincide.nlp import holders as H
    from coincide.nlp.doc_cache import doc_text
    from coincide.nlp.positions import find_positions

    kept: dict[str, dict] = {}
    original = SM.model_positions

    def wrapped(doc, rule_positions, model=None):
        shipped = original(doc, rule_positions, model)
        model = model or SM.load_model()
        ctx = H.Context(doc)
        covered = SM._RuleSpans(rule_positions)
        allc = []
        for c in SM.candidates(doc, rule_positions, ctx, targets=model.reads_targets, composed=model.reads_composed):
            start, end = c.sent.start_char, c.sent.end_char
            if c.role not in model.roles:
                continue
            side, prob = model.predict(c.features)
            if side == "none":
                continue
            issue = SM._issue(c)
            if issue is None:
                continue
            text = doc_text(doc)[start:end]
            lead, trail = len(text) - len(text.lstrip()), len(text) - len(text.rstrip())
            root = _tok_clause_root(c.verb) if c.verb is not None else None
            allc.append({
                "holder": c.holder, "stance": side, "issue": issue, "prob": prob,
                "statement": " ".join(t.text for t in c.scope)[:300], "span": [start + lead, end - trail],
                "quote": c.quote, "role": c.role, "sent": [start, end],
                "verb": c.verb.lemma_ if c.verb is not None else None,
                "verb_i": c.verb.i if c.verb is not None else None,
                "clause_i": root.i if root is not None else None,
                "suppressed": covered.overlaps(c.holder, start, end),
            })
        rules = []
        findings = find_positions(doc)
        for p in rule_positions:
            f = next((f for f in findings if tuple(f.span) == tuple(p.span) and p.holder in f.holders), None)
            sent = doc.char_span(p.span[0], p.span[1], alignment_mode="expand")
            sent_span = [sent.sent.start_char, sent.sent.end_char] if sent is not None and len(sent) else None
            rules.append(dataclasses.asdict(p) | {
                "trigger": f.trigger.lemma_ if f else None, "trigger_pos": f.trigger.pos_ if f else None,
                "trigger_i": f.trigger.i if f else None,
                "clause_i": _tok_clause_root(f.trigger).i if f else None, "sent": sent_span,
            })
        kept[doc_text(doc)] = {"rules": rules, "model": allc}
        return shipped

    SM.model_positions = wrapped
    return kept


def run(dump: str) -> None:
    kept = capture()
    rows = ev.manifest("tune")
    records = ev.run_pipeline(rows)
    with open(dump, "w", encoding="utf-8") as fh:
        for row in rows:
            rec = records[row["path"]]
            extra = kept[rec["story"]["body"]]
            fh.write(json.dumps({"manifest_path": row["path"], "gold": row["gold"], "record": rec, **extra},
                                ensure_ascii=False) + "\n")


def load(path: str) -> list[dict]:
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def judge(score, got, gold, p) -> str:
    """right / wrong (flip or trap) / spurious (neither), as eval_positions scores a position."""
    golds = gold.get("positions", [])
    if any(score.position_matches(got, p, w) for w in golds):
        return "right"
    if any(score.position_matches(got, p, w) for w in map(ev.flipped, golds)) or any(
            score.position_matches(got, p, t) for t in gold.get("absent_positions", [])):
        return "wrong"
    return "spurious"


def overlaps(a, b) -> bool:
    return a[0] < b[1] and a[1] > b[0]


def table(items: list[dict]) -> None:
    score = ev.load_score()
    pairs = collections.Counter()
    per_rule_trigger = collections.defaultdict(collections.Counter)
    same_target = collections.Counter()
    same_clause = collections.Counter()
    new_gold = collections.Counter()
    stories = collections.defaultdict(set)
    check = 0
    for it in items:
        gold = json.loads((ev.EVAL / it["gold"]).read_text(encoding="utf-8"))
        rec = it["record"]
        got = score.Analysis(rec)
        shipped_found = {i for i, w in enumerate(gold.get("positions", [])) if score.position_found(got, w)}
        # sanity: the unsuppressed list minus the suppressed ones is what shipped
        check += sum(1 for m in it["model"] if not m["suppressed"])
        for m in it["model"]:
            if not m["suppressed"]:
                continue
            rs = [r for r in it["rules"] if r["holder"] == m["holder"] and overlaps(r["span"], m["sent"])]
            rj = [judge(score, got, gold, r) for r in rs if r["stance"] != "neutral"]
            rule_v = "right" if "right" in rj else "wrong" if "wrong" in rj else "spurious" if rj else "neutral"
            mv = judge(score, got, gold, m)
            pairs[(rule_v, mv)] += 1
            stories[(rule_v, mv)].add(it["manifest_path"])
            for r in rs:
                per_rule_trigger[r["trigger"]][mv] += 1
            # the same target: a gold position both match, or the issue words shared
            tgt = any(r["issue"].lower() == m["issue"].lower() for r in rs)
            same_target[(tgt, mv)] += 1
            cl = any(r["clause_i"] is not None and r["clause_i"] == m["clause_i"] for r in rs)
            same_clause[(cl, mv)] += 1
            if mv == "right":
                hits = {i for i, w in enumerate(gold.get("positions", [])) if score.position_matches(got, m, w)}
                new_gold["new gold" if hits - shipped_found else "gold already found"] += 1
    print("suppressed classifier positions, by (rule verdict, classifier verdict), tuning half:")
    for k, v in sorted(pairs.items(), key=lambda kv: -kv[1]):
        print(f"  rule {k[0]:9} classifier {k[1]:9} {v:4}  ({len(stories[k])} stories)")
    print("same issue text as a rule position:", dict(same_target))
    print("same clause as a rule position's trigger:", dict(same_clause))
    print("classifier right ones:", dict(new_gold))
    print("by rule trigger (top):")
    for trig, c in sorted(per_rule_trigger.items(), key=lambda kv: -sum(kv[1].values()))[:25]:
        print(f"  {trig!s:14} {dict(c)}")
    print("shipped classifier positions (sanity):", check)


def variants(items: list[dict]) -> None:
    """Score other merges on the tuning half: the record's positions replaced by what a merge of
    the rule positions and the unsuppressed classifier positions gives."""
    score = ev.load_score()
    keys = ("holder", "stance", "issue", "statement", "span", "quote")

    def near(rules, m):
        return [r for r in rules if r["holder"] == m["holder"] and overlaps(r["span"], m["sent"])]

    def gives_way(test):
        """The classifier gives way where `test(m, rule positions of its holder in the sentence)`."""
        return lambda rules, model: rules + [m for m in model if not test(m, near(rules, m))]

    def stands_for(most):
        """Where the classifier gives the side of the holder's rule position(s) in the sentence (at
        most `most` of them), its position stands for them; elsewhere it gives way as shipped."""
        def merge(rules, model):
            dropped, kept = set(), []
            for m in model:
                rs = near(rules, m)
                agree = [i for i, r in enumerate(rules) if r in rs and r["stance"] == m["stance"]]
                if not rs:
                    kept.append(m)
                elif agree and len(agree) <= most:
                    kept.append(m)
                    dropped |= set(agree)
            return [r for i, r in enumerate(rules) if i not in dropped] + kept
        return merge

    merges = [
        ("shipped (sentence)", gives_way(lambda m, rs: bool(rs))),
        ("per clause", gives_way(lambda m, rs: any(r["clause_i"] is not None and r["clause_i"] == m["clause_i"] for r in rs)
                                 or (m["clause_i"] is None and bool(rs)))),
        ("per holder and issue", gives_way(lambda m, rs: any(r["issue"].lower() == m["issue"].lower() for r in rs))),
        ("per holder and side", gives_way(lambda m, rs: any(r["stance"] == m["stance"] for r in rs))),
        ("no suppression", gives_way(lambda m, rs: False)),
        ("rules only", gives_way(lambda m, rs: True)),
        ("stands for agreeing rules", stands_for(99)),
        ("stands for one agreeing rule", stands_for(1)),
    ]
    for name, merge in merges:
        total = ev.Counts()
        for it in items:
            gold = json.loads((ev.EVAL / it["gold"]).read_text(encoding="utf-8"))
            rec = copy.deepcopy(it["record"])
            rec["positions"] = [{k: p[k] for k in keys} for p in merge(it["rules"], it["model"])]
            total.add(ev.score_one(score, gold, rec))
        f = total.figures()
        c = f["counts"]
        print(f"{name:28} {c['found_gold']}/{c['gold_positions']} found, {c['right']}/{c['predicted']} right, "
              f"{c['wrong_stance']} wrong, F1 {f['positions_f1']:.3f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dump", help="run the tuning half and write the records with both lists here")
    ap.add_argument("--reuse", help="read a --dump file")
    ap.add_argument("--variants", action="store_true", help="score other merges offline")
    args = ap.parse_args(argv)
    if args.dump:
        run(args.dump)
    items = load(args.dump or args.reuse)
    table(items)
    if args.variants:
        variants(items)
    return 0


if __name__ == "__main__":
    sys.exit(main())
