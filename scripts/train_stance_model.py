#!/usr/bin/env python3
"""Train the stance classifier of coincide.nlp.stance_model on the tuning half of eval/positions.

    .venv/bin/python scripts/train_stance_model.py                 # write src/coincide/nlp/lexicon/stance-model.json
    .venv/bin/python scripts/train_stance_model.py --dry-run       # cross-validation table only
    .venv/bin/python scripts/train_stance_model.py --cache /tmp/c.json   # keep/reuse the candidates
    .venv/bin/python scripts/train_stance_model.py --cache /tmp/c.json --dry-run \
        --silver ../shared/data/bbc-politics ../shared/data/polnear/text --silver-cache /tmp/s.json --silver-weight 0.1
                                                                   # self-training (round 8: not shipped)

1. The tuning half's stories go through the pipeline with the classifier off (the rules only).
2. Candidates (stance_model.candidates) are labelled from the tuning golds only: support/oppose
   when a gold position of the candidate's holder (score.py's holder match) has its `about` (and
   `also`) words in the candidate's sentence with that stance, else none. The checking half's
   golds are never read here.
3. A multinomial logistic regression (numpy, L2, full-batch gradient descent from zeros: no
   randomness, so the file is reproduced exactly) is cross-validated by story (5 folds, stories
   dealt to folds in manifest order after a shuffle with seed 13; a basil triplet's three
   tellings of one event go to one fold together). The regularisation and the
   threshold are the pair with the best out-of-fold F1 of the whole positions output (rule
   positions plus the candidates the classifier would add), scored as eval_positions scores it
   (gold positions found once, every position given counted for precision).
4. The model is trained on all tuning stories with that pair and written with what it was
   trained on.
5. With --silver, unlabelled stories (never a labelled one) add silver examples the rules label
   (collect_silver) to every training fold and to the final training, at --silver-weight; they are
   never scored (docs/positions-model.md, round 8).
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))  # sibling modules
from own_source import put_first  # noqa: E402

put_first(REPO)  # this repository's src first (a PYTHONPATH naming another is said on stderr)
OUT = REPO / "src" / "coincide" / "nlp" / "lexicon" / "stance-model.json"
SEED = 13
FOLDS = 5
LAMBDAS = (0.0003, 0.001, 0.003, 0.01, 0.03)
THRESHOLDS = tuple(round(0.20 + 0.025 * i, 3) for i in range(25))  # 0.20 .. 0.80
MARGINS = (0.0, 0.2, 0.4, 0.6, 0.8)
# 3% (issuer4m, 52 tuning stories): under the 1% of round 3 the cross-validation kept only
# the surest ~17 sides (out of fold F1 0.362 against 0.349 for the rules alone, check half 0.379)
MAX_WRONG = 0.03
# whether a side must agree with the lexicons' reading of the holder's words (stance_model.GATES)
GATES = ("none", "not_contrary", "agree")
MIN_STORIES = 5
# the candidate roles: stance_model.ROLES (`continuation` is the previous sentence's speaker)
from coincide.nlp.stance_model import ROLES  # noqa: E402
STEPS = 3000
RATE = 0.5


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_positions", REPO / "scripts" / "eval_positions.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_positions"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def options(want: dict) -> list[dict]:
    return [dict(want, **alt) for alt in want["any"]] if "any" in want else [want]


def _rules_only_pipeline():
    """The pipeline with the classifier off (the rules only), and its settings."""
    from coincide.config import load_settings
    from coincide.pipeline import get_nlp

    settings = load_settings()
    settings.setdefault("components", {}).setdefault("coincide_positions", {})["stance_model"] = False
    return get_nlp(settings), settings


def _analyse(nlp, settings, path: Path):
    """One story through the pipeline as `coincide analyze` reads it: its Doc and record."""
    from coincide.analyze import stories_from_inputs
    from coincide.ingest.readers import iter_inputs
    from coincide.pipeline import _new_doc, doc_to_record
    from coincide.records import Story

    items = iter_inputs([str(path)], max_bytes=settings["ingest"]["max_input_bytes"], follow_links=False)
    story = next(stories_from_inputs(items, settings))
    if not isinstance(story, Story):
        raise SystemExit(f"{path}: {story.message}")
    doc = nlp(_new_doc(nlp, story))
    return doc, doc_to_record(doc).to_dict()


def collect(half: str = "tune") -> list[dict]:
    """One entry per story: the rules' counts and each candidate's features and gold matches."""
    from coincide.nlp.stance_model import candidates

    ev = _eval_module()
    score = ev.load_score()
    nlp, settings = _rules_only_pipeline()
    stories = []
    for row in ev.manifest(half):
        assert row["split"] == "tune", "only the tuning half is read for training"
        gold = json.loads((ev.EVAL / row["gold"]).read_text(encoding="utf-8"))
        doc, record = _analyse(nlp, settings, ev.DATA / row["path"])
        got = score.Analysis(record)
        golds = gold.get("positions", [])
        rule_found = [i for i, w in enumerate(golds) if score.position_found(got, w)]
        lines = score.precision_lines(gold, got)
        right, predicted = (int(x) for x in lines[0].split(": ")[1].split("/"))
        rule_spans = [(p["holder"], p["span"][0], p["span"][1]) for p in record["positions"]]
        cands = []
        for c in candidates(doc, list(doc._.positions or [])):
            text = doc.text[c.sent.start_char:c.sent.end_char]
            matches = []  # (gold index, stance) this candidate would find
            for gi, w in enumerate(golds):
                for o in options(w):
                    if got.is_actor(c.holder, o["holder"]) and score.any_in(o["about"], text) \
                            and score.any_in(o.get("also", ""), text):
                        for st in str(o["stance"]).split("|"):
                            if st in ("support", "oppose"):
                                matches.append((gi, st))
            covered = any(h == c.holder and s < c.sent.end_char and e > c.sent.start_char for h, s, e in rule_spans)
            sides = {st for _, st in matches}
            label = "support" if "support" in sides else ("oppose" if sides else "none")
            if sides == {"support", "oppose"}:
                label = "both"
            holder = got.actor(c.holder)
            cands.append({"features": c.features, "label": label, "matches": matches, "covered": covered,
                          "holder": holder.get("name"), "role": c.role, "text": text.strip()})
        # for reading the misses in bulk (--misses): each tuning gold position, whether any actor of
        # the record is its holder, and its evidence sentence (the most `about` alternatives, ties:
        # the first naming the holder)
        sents = [doc.text[s.start_char:s.end_char].strip() for s in doc.sents]
        info = []
        for w in golds:
            o = options(w)[0]
            alts = [a for a in str(o["about"]).split("|") if a]
            hits = [sum(score.any_in(a, t) for a in alts) + 0.5 * score.any_in(w["holder"], t) for t in sents]
            info.append({"holder": w["holder"], "stance": o["stance"], "about": o["about"],
                         "holder_actor": any(got.is_actor(a, w["holder"]) for a in got.actors),
                         "evidence": sents[max(range(len(sents)), key=hits.__getitem__)] if sents else ""})
        stories.append({"path": row["path"], "gold": len(golds), "rule_found": rule_found,
                        "rule_right": right, "rule_predicted": predicted, "candidates": cands, "golds": info})
        print(f"  {row['path']}: {len(cands)} candidates, {sum(c['label'] != 'none' for c in cands)} with a side",
              file=sys.stderr)
    return stories


# Self-training (issue 13, round 8): stories of no labelled set, labelled by the rules. The rules'
# sides are precise (rules alone on the checking half: 1 wrong of 81), so a candidate whose holder
# has a rule position in its sentence is a silver example of that side. Never a story of
# eval/positions (either half), never basil (its dev stories are labelled), never a PolNeAR story
# outside its train compartment (dev and test are other sets' yardsticks).
POLNEAR_METADATA = "polnear/metadata.tsv"


def _polnear_train(data: Path) -> set[str]:
    import csv

    with (data / POLNEAR_METADATA).open(encoding="utf-8") as fh:
        return {r["filename"] for r in csv.DictReader(fh, delimiter="\t") if r["compartment"] == "train"}


def silver_paths(inputs: list[str], limit: int | None) -> list[Path]:
    """The unlabelled stories of the inputs (files or folders), each input's files in name order,
    dealt in turn from each input (so a limit takes from every source), at most `limit`."""
    ev = _eval_module()
    labelled = {(ev.DATA / r["path"]).resolve() for r in ev.manifest("all")}
    polnear_train = _polnear_train(ev.DATA)
    sources = []
    for given in inputs:
        p = Path(given)
        files = sorted(p.glob("*.txt")) if p.is_dir() else [p]
        keep = []
        for f in files:
            r = f.resolve()
            if r in labelled or "basil" in str(r):
                continue
            if "polnear" in str(r) and f.stem not in polnear_train:
                continue
            keep.append(f)
        sources.append(keep)
    dealt = [f for group in itertools.zip_longest(*sources) for f in group if f is not None]
    return dealt[:limit] if limit else dealt


def collect_silver(paths: list[Path]) -> list[dict]:
    """One entry per unlabelled story: its candidates (stance_model.candidates, as for the gold)
    that the rules label. A candidate whose holder has rule positions of one side overlapping its
    sentence is labelled that side; every other candidate is kept only if its sentence has no
    stance word at all (`stance_free`, a silver "none" when --silver-none asks for it)."""
    from coincide.nlp.stance_model import candidates, has_stance_word

    nlp, settings = _rules_only_pipeline()
    stories = []
    for path in paths:
        doc, record = _analyse(nlp, settings, path)
        rule_sides = [(p["holder"], p["span"][0], p["span"][1], p["stance"]) for p in record["positions"]]
        cands = []
        for c in candidates(doc, list(doc._.positions or [])):
            sides = {st for h, s, e, st in rule_sides
                     if h == c.holder and s < c.sent.end_char and e > c.sent.start_char and st in ("support", "oppose")}
            stance_free = not has_stance_word(c.sent)
            if len(sides) == 1 or stance_free:
                cands.append({"features": c.features, "label": sides.pop() if len(sides) == 1 else None,
                              "stance_free": stance_free, "role": c.role})
        stories.append({"path": str(path), "candidates": cands})
        print(f"  silver {path.name}: {len(cands)} candidates kept", file=sys.stderr)
    return stories


def silver_matrix(silver: list[dict], names: list[str], with_none: bool) -> tuple[np.ndarray, np.ndarray]:
    """The silver examples as matrix() gives the gold ones: the rule-labelled sides, and with
    `with_none` the candidates of sentences with no stance word as none."""
    picked = [dict(c, label=c["label"] or "none") for s in silver for c in s["candidates"]
              if c["label"] or (with_none and c["stance_free"])]
    return matrix([{"candidates": picked}], names)


CLASSES = ("none", "support", "oppose")


def matrix(stories: list[dict], names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    index = {n: i for i, n in enumerate(names)}
    rows, ys = [], []
    for s in stories:
        for c in s["candidates"]:
            x = np.zeros(len(names))
            for k, v in c["features"].items():
                if k in index:
                    x[index[k]] = v
            rows.append(x)
            # a sentence with both sides for the holder (two positions in one sentence) teaches the
            # model that a side is there; support is the likelier reading of such sentences
            ys.append(CLASSES.index("support" if c["label"] == "both" else c["label"]))
    return np.array(rows).reshape(-1, len(names)), np.array(ys, dtype=int)


def train(X: np.ndarray, y: np.ndarray, lam: float, classes: int = len(CLASSES),
          sample_weight: np.ndarray | None = None) -> np.ndarray:
    """Multinomial logistic regression, mean cross-entropy plus lam/2 |W|^2 (bias not penalised).
    `classes`: how many rows (scripts/train_event_confidence.py trains two: wrong, right).
    sample_weight: each row's weight in the mean (silver examples count for less than gold)."""
    n, d = X.shape
    W = np.zeros((classes, d))
    Y = np.eye(classes)[y]
    penal = np.ones(d)
    penal[0] = 0.0  # "bias" is feature 0
    # the weighted mean; without weights the plain one, computed as before (the same file)
    Xw = X if sample_weight is None else X * (sample_weight / sample_weight.sum() * n)[:, None]
    for _ in range(STEPS):
        Z = X @ W.T
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(axis=1, keepdims=True)
        grad = (P - Y).T @ Xw / n + lam * W * penal
        W -= RATE * grad
    return W


def probabilities(W: np.ndarray, X: np.ndarray) -> np.ndarray:
    Z = X @ W.T
    Z -= Z.max(axis=1, keepdims=True)
    P = np.exp(Z)
    return P / P.sum(axis=1, keepdims=True)


def decide(P: np.ndarray, threshold, margin: float, gate: str = "none", feats: list | None = None) -> list[str]:
    """As stance_model.Model.predict. threshold: one number, or one per candidate (by role);
    feats: the candidates' features, or their lexicon signs already computed (the same gate,
    read once per candidate instead of once per setting tried)."""
    from coincide.nlp.stance_model import reading_sign

    signs = None
    if feats is not None:
        signs = [f if isinstance(f, int) else reading_sign(f) for f in feats]
    out = []
    for i, p in enumerate(P):
        side = 1 if p[1] >= p[2] else 2
        other = 3 - side
        thr = threshold if isinstance(threshold, float) else threshold[i]
        ok = p[side] >= thr and (p[side] - p[other]) >= margin * (p[side] + p[other])
        if ok and signs is not None and gate != "none":
            # stance_model.gate_allows
            want = 1 if side == 1 else -1
            ok = signs[i] == want if gate == "agree" else signs[i] != -want
        out.append(CLASSES[side] if ok else "none")
    return out


def whole_output(stories: list[dict], sides: list[str]) -> dict:
    """Figures of rule positions plus the candidates given a side (uncovered ones only), counted
    as eval_positions counts them."""
    gold = found = right = predicted = wrong = 0
    k = 0
    for s in stories:
        hit = set(s["rule_found"])
        right += s["rule_right"]
        predicted += s["rule_predicted"]
        gold += s["gold"]
        for c in s["candidates"]:
            side = sides[k]
            k += 1
            if side == "none" or c["covered"]:
                continue
            predicted += 1
            ok = [gi for gi, st in c["matches"] if st == side]
            if ok:
                right += 1
                hit.update(ok)
            elif c["matches"]:
                wrong += 1
        found += len(hit)
    r = found / gold if gold else 0.0
    p = right / predicted if predicted else 0.0
    return {"found": found, "gold": gold, "right": right, "predicted": predicted, "wrong": wrong,
            "recall": r, "precision": p, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _group(path: str) -> str:
    """basil's three tellings of one event share a fold: one telling would otherwise teach the
    model the words of the event it is then scored on (the manifest's `group`)."""
    name = Path(path).stem
    return name.rsplit("_", 1)[0] if path.startswith("basil-dev/") else name


class FastScore:
    """decide + whole_output for many settings over the same candidates, in numpy: the same
    figures (cross_validate asserts it once per L2 weight), with the candidates read once."""

    def __init__(self, stories: list[dict], signs: list[int]):
        from itertools import accumulate

        self.stories = stories
        cands = [c for s in stories for c in s["candidates"]]
        self.signs = np.array(signs)
        self.covered = np.array([c["covered"] for c in cands], dtype=bool)
        self.has_match = np.array([bool(c["matches"]) for c in cands], dtype=bool)
        offsets = [0] + list(accumulate(s["gold"] for s in stories))
        story_of = [i for i, s in enumerate(stories) for _ in s["candidates"]]
        self.ok = {side: [[offsets[story_of[k]] + gi for gi, st in c["matches"] if st == side] for k, c in enumerate(cands)]
                   for side in ("support", "oppose")}
        self.ok_any = {side: np.array([bool(x) for x in self.ok[side]]) for side in self.ok}
        self.rule_hit = {offsets[i] + gi for i, s in enumerate(stories) for gi in s["rule_found"]}
        self.gold = offsets[-1]
        self.rule_right = sum(s["rule_right"] for s in stories)
        self.rule_predicted = sum(s["rule_predicted"] for s in stories)

    def figures(self, P: np.ndarray, threshold, margin: float, gate: str) -> dict:
        support = P[:, 1] >= P[:, 2]
        pside = np.where(support, P[:, 1], P[:, 2])
        pother = np.where(support, P[:, 2], P[:, 1])
        ok = (pside >= threshold) & ((pside - pother) >= margin * (pside + pother))
        if gate != "none":
            want = np.where(support, 1, -1)
            ok &= (self.signs == want) if gate == "agree" else (self.signs != -want)
        given = ok & ~self.covered
        sup, opp = given & support, given & ~support
        right_sup, right_opp = sup & self.ok_any["support"], opp & self.ok_any["oppose"]
        right = int(right_sup.sum() + right_opp.sum())
        wrong = int((given & ~(right_sup | right_opp) & self.has_match).sum())
        hit = set(self.rule_hit)
        for k in np.flatnonzero(right_sup):
            hit.update(self.ok["support"][k])
        for k in np.flatnonzero(right_opp):
            hit.update(self.ok["oppose"][k])
        found, predicted = len(hit), self.rule_predicted + int(given.sum())
        right += self.rule_right
        r = found / self.gold if self.gold else 0.0
        p = right / predicted if predicted else 0.0
        return {"found": found, "gold": self.gold, "right": right, "predicted": predicted, "wrong": wrong,
                "recall": r, "precision": p, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def folds_of(stories: list[dict]) -> list[int]:
    groups: list[str] = []
    for s in stories:
        if _group(s["path"]) not in groups:
            groups.append(_group(s["path"]))
    order = np.random.default_rng(SEED).permutation(len(groups))
    fold_of = {groups[i]: rank % FOLDS for rank, i in enumerate(order)}
    return [fold_of[_group(s["path"])] for s in stories]


def cross_validate(stories: list[dict], names: list[str]) -> tuple[tuple, list]:
    from coincide.nlp.stance_model import reading_sign

    feats = [reading_sign(c["features"]) for s in stories for c in s["candidates"]]
    fast = FastScore(stories, feats)
    table = []
    best = None
    for lam in LAMBDAS:
        P = np.vstack([p for p in oof_probabilities(stories, names, lam) if len(p)])
        # the slow reference (decide + whole_output) once per lambda, to keep FastScore honest
        t0, m0, g0 = THRESHOLDS[len(THRESHOLDS) // 2], MARGINS[1], GATES[-1]
        assert fast.figures(P, t0, m0, g0) == whole_output(stories, decide(P, t0, m0, g0, feats))
        for t, m, gate in itertools.product(THRESHOLDS, MARGINS, GATES):
            fig = fast.figures(P, t, m, gate)
            table.append(((lam, t, m, gate), fig))
            # the bar: wrong stances under 5% of those given (here with a margin: under MAX_WRONG, 1%)
            if fig["wrong"] >= MAX_WRONG * fig["predicted"]:
                continue
            if best is None or fig["f1"] > best[1]["f1"] + 1e-12:
                best = ((lam, t, m, gate), fig)
    return best, table


# the silver examples (X, y, weight) added to every training fold and to the final training, never
# scored (main sets it from --silver; None: gold only)
SILVER: tuple[np.ndarray, np.ndarray, float] | None = None


def fit(X: np.ndarray, y: np.ndarray, lam: float) -> np.ndarray:
    """train() on gold rows plus the silver ones at their weight (gold only without silver)."""
    if SILVER is None or not len(SILVER[1]):
        return train(X, y, lam)
    Xs, ys, weight = SILVER
    sample_weight = np.concatenate([np.ones(len(y)), np.full(len(ys), weight)])
    return train(np.vstack([X, Xs]), np.concatenate([y, ys]), lam, sample_weight=sample_weight)


def oof_probabilities(stories: list[dict], names: list[str], lam: float,
                      narrow=None) -> list[np.ndarray]:
    """Each story's candidates' probabilities from the model trained on the other folds (and the
    silver examples, when there are). narrow: a function that takes each fold's training stories
    and returns those to train on (scripts/stance_ceiling.py's learning curve); None: all."""
    fold = folds_of(stories)
    oof: list = [None] * len(stories)
    for f in range(FOLDS):
        train = [s for s, g in zip(stories, fold) if g != f]
        W = fit(*matrix(narrow(train) if narrow else train, names), lam)
        for i, (s, g) in enumerate(zip(stories, fold)):
            if g == f:
                oof[i] = probabilities(W, matrix([s], names)[0])
    return oof


# Role groups whose threshold may move from the common one (--role-thresholds): a quotation's
# speaker, a reported or continued speaker, and a holder read from the clause (subject or mention).
ROLE_GROUPS = (("quote_direct", "quote_other"), ("report", "continuation"), ("stance", "main", "mention"))
OFFSETS = (-0.15, -0.1, -0.05, 0.0, 0.05, 0.1, 0.15, 0.2)


def role_thresholds(stories: list[dict], names: list[str], lam: float, threshold: float, margin: float,
                    gate: str) -> tuple[dict[str, float], dict]:
    """Thresholds by role group, calibrated on the out-of-fold probabilities of the chosen
    setting: one pass over ROLE_GROUPS, each group's offset the one with the best out-of-fold F1
    with wrong stances still under MAX_WRONG (the other groups as set so far)."""
    P = np.vstack([p for p in oof_probabilities(stories, names, lam) if len(p)])
    from coincide.nlp.stance_model import reading_sign

    feats = [reading_sign(c["features"]) for s in stories for c in s["candidates"]]
    roles = [c["role"] for s in stories for c in s["candidates"]]
    chosen = {r: threshold for group in ROLE_GROUPS for r in group}

    fast = FastScore(stories, feats)

    def run(ch):
        return fast.figures(P, np.array([ch.get(r, threshold) for r in roles]), margin, gate)

    best = run(chosen)
    for group in ROLE_GROUPS:
        for off in OFFSETS:
            trial = dict(chosen, **{r: round(threshold + off, 3) for r in group})
            fig = run(trial)
            if fig["wrong"] < MAX_WRONG * fig["predicted"] and fig["f1"] > best["f1"] + 1e-12:
                chosen, best = trial, fig
    return chosen, best


def error_table(stories: list[dict], names: list[str], lam: float, threshold: float, margin: float, gate: str,
                by_role: dict[str, float] | None = None) -> None:
    """The tuning half's out-of-fold decisions read in bulk: what the classifier adds by candidate
    role, and why the gold positions it could reach are still missed."""
    from collections import Counter

    oof = []
    for s, P in zip(stories, oof_probabilities(stories, names, lam)):
        thr = [by_role.get(c["role"], threshold) for c in s["candidates"]] if by_role else threshold
        oof.append(decide(P, thr, margin, gate, [c["features"] for c in s["candidates"]]))
    given, missed = Counter(), Counter()
    for s, sides in zip(stories, oof):
        hit = set(s["rule_found"])
        reach: dict[int, set[str]] = {}
        for c, side in zip(s["candidates"], sides):
            for gi, st in c["matches"]:
                reach.setdefault(gi, set()).add("covered" if c["covered"] else side)
            if c["covered"] or side == "none":
                continue
            ok = [gi for gi, st in c["matches"] if st == side]
            kind = "right" if ok else ("wrong stance" if c["matches"] else "no such gold position")
            given[(c["role"], kind)] += 1
            hit.update(ok)
        for gi in range(s["gold"]):
            if gi in hit:
                continue
            how = reach.get(gi)
            if how is None:
                missed["no candidate has the holder and the about words in one sentence"] += 1
            elif how == {"covered"}:
                missed["the holder has a rule position in that sentence (another matter)"] += 1
            elif how <= {"none", "covered"}:
                missed["candidate below the threshold"] += 1
            else:
                missed["candidate given the other side"] += 1
    print("| role | right | wrong stance | no such gold position |\n| --- | --- | --- | --- |")
    for role in ROLES:
        print(f"| {role} | {given[(role, 'right')]} | {given[(role, 'wrong stance')]} | {given[(role, 'no such gold position')]} |")
    print("\n| why a gold position is missed | count |\n| --- | --- |")
    for k, v in missed.most_common():
        print(f"| {k} | {v} |")


def miss_list(stories: list[dict], names: list[str], lam: float, threshold: float, margin: float, gate: str,
              sample: int) -> None:
    """The tuning half's gold positions still missed out of fold, for reading in bulk: every one
    with no candidate (holder and `about` words in one sentence), and a random `sample` of those
    whose candidate the model is unsure of (seeded), each with its evidence sentence."""
    import random

    unsure, none = [], []
    for s, P in zip(stories, oof_probabilities(stories, names, lam)):
        sides = decide(P, threshold, margin, gate, [c["features"] for c in s["candidates"]])
        hit = set(s["rule_found"])
        reach: dict[int, list] = {}
        for c, p, side in zip(s["candidates"], P, sides):
            for gi, st in c["matches"]:
                reach.setdefault(gi, []).append((c, p, side, st))
            if not c["covered"]:
                hit.update(gi for gi, st in c["matches"] if st == side)
        for gi, g in enumerate(s.get("golds") or []):
            if gi in hit:
                continue
            if gi not in reach:
                none.append((s["path"], g))
            elif all(side == "none" or c["covered"] for c, _, side, _ in reach[gi]) \
                    and not all(c["covered"] for c, _, _, _ in reach[gi]):
                unsure.append((s["path"], g, reach[gi]))
    print(f"## no candidate: {len(none)}")
    for i, (path, g) in enumerate(none, 1):
        print(f"N{i}\t{path}\t{g['holder']}\t{g['stance']}\t{g['about']}\tactor={g['holder_actor']}\t{g['evidence'][:400]}")
    print(f"\n## candidate below the threshold or gated: {len(unsure)}, a random {sample} (seed {SEED})")
    for i, (path, g, cs) in enumerate(random.Random(SEED).sample(unsure, min(sample, len(unsure))), 1):
        c, p, _, st = max(cs, key=lambda x: x[1][CLASSES.index(x[3])])
        print(f"U{i}\t{path}\t{g['holder']}\t{st}\t{g['about']}\trole={c['role']}\tp={[round(float(x), 2) for x in p]}"
              f"\tsign={lexicon_sign_of(c)}\t{c['text'][:400]}")


def lexicon_sign_of(c: dict) -> int:
    from coincide.nlp.stance_model import reading_sign

    return reading_sign(c["features"])


def feature_names(stories: list[dict], min_stories: int) -> list[str]:
    """Every feature the candidates have, less the words ("w=...") of fewer than min_stories
    stories: a word of one story says nothing of the next."""
    seen: dict[str, set[int]] = {}
    for i, s in enumerate(stories):
        for c in s["candidates"]:
            for k in c["features"]:
                seen.setdefault(k, set()).add(i)
    keep = {k for k, where in seen.items() if not k.startswith("w=") or (min_stories and len(where) >= min_stories)}
    return ["bias"] + sorted(keep - {"bias"})


# 400 stories (bbc-politics and PolNeAR train dealt in turn): about 2 minutes of pipeline on a shared core
SILVER_LIMIT = 400


def load_silver(args) -> list[dict]:
    """The silver candidates: from --silver-cache when it exists, else collected (and cached)."""
    if args.silver_cache and Path(args.silver_cache).is_file():
        return json.loads(Path(args.silver_cache).read_text(encoding="utf-8"))
    if not args.silver:
        raise SystemExit(f"--silver-cache {args.silver_cache}: no such file (give --silver to make it)")
    silver = collect_silver(silver_paths(args.silver, args.silver_limit))
    if args.silver_cache:
        Path(args.silver_cache).write_text(json.dumps(silver), encoding="utf-8")
    return silver


def main(argv=None) -> int:
    global GATES, MAX_WRONG, LAMBDAS
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", help="JSON file of the labelled candidates: read when it exists, else written")
    ap.add_argument("--dry-run", action="store_true", help="cross-validate only; write no model")
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--min-stories", type=int, default=MIN_STORIES,
                    help="keep a word feature only when it occurs in this many tuning stories (0: no word features)")
    ap.add_argument("--errors", action="store_true", help="print the out-of-fold error tables of the chosen setting")
    ap.add_argument("--misses", type=int, metavar="N",
                    help="list the out-of-fold misses with no candidate and a random N of those below the threshold")
    ap.add_argument("--verbose", action="store_true", help="print every cross-validated setting")
    ap.add_argument("--gates", default=",".join(GATES),
                    help="the lexicon gates cross-validation may choose among (comma-separated; 'none' alone: no gate)")
    ap.add_argument("--roles", default=",".join(ROLES[:6]),
                    help="the candidate roles the model reads (comma-separated; the file lists them; default: all "
                         "but continuation, which the cross-validation did not pick)")
    ap.add_argument("--drop", default="tgt_",
                    help="leave out the features whose names start with these prefixes (comma-separated; default tgt_, "
                         "the target-aware features the cross-validation did not pick; '' keeps all)")
    ap.add_argument("--role-thresholds", action="store_true",
                    help="calibrate a threshold per role group on the out-of-fold probabilities")
    ap.add_argument("--lambdas", default=",".join(map(str, LAMBDAS)),
                    help="the L2 weights the cross-validation tries (comma-separated; fewer for a quick look)")
    ap.add_argument("--max-wrong", type=float, default=MAX_WRONG,
                    help="the out-of-fold wrong-stance share a setting must stay under")
    ap.add_argument("--setting", metavar="LAMBDA,THRESHOLD,MARGIN,GATE",
                    help="train with this setting instead of the cross-validation's choice (its out-of-fold figure "
                         "is still computed and written): holds the operating point fixed while the data changes "
                         "(round 20: the shipped 0.0003,0.5,0.6,agree on the grown tuning half)")
    ap.add_argument("--silver", nargs="+", metavar="FILE_OR_DIR",
                    help="self-training: unlabelled stories (never a labelled one) whose rule positions label "
                         "candidates as silver examples, added to every training fold")
    ap.add_argument("--silver-limit", type=int, default=SILVER_LIMIT,
                    help="at most this many silver stories, dealt in turn from each --silver input")
    ap.add_argument("--silver-cache", help="JSON file of the silver candidates: read when it exists, else written")
    ap.add_argument("--silver-weight", type=float, default=0.3, help="each silver example's weight (a gold one: 1)")
    ap.add_argument("--silver-none", action="store_true",
                    help="also take the candidates of sentences with no stance word as silver none")
    args = ap.parse_args(argv)
    GATES = tuple(g for g in args.gates.split(",") if g)
    MAX_WRONG = args.max_wrong
    LAMBDAS = tuple(float(x) for x in args.lambdas.split(",") if x)
    fixed = None
    if args.setting:
        lam_s, t_s, m_s, fixed_gate = args.setting.split(",")
        fixed = (float(lam_s), round(float(t_s), 3), float(m_s), fixed_gate)
        if fixed[1] not in THRESHOLDS or fixed[2] not in MARGINS or fixed_gate not in GATES:
            ap.error(f"--setting {args.setting}: threshold, margin or gate outside the grid")
        LAMBDAS, GATES = (fixed[0],), (fixed_gate,)
    if args.cache and Path(args.cache).is_file():
        stories = json.loads(Path(args.cache).read_text(encoding="utf-8"))
    else:
        stories = collect("tune")
        if args.cache:
            Path(args.cache).write_text(json.dumps(stories), encoding="utf-8")
    roles = tuple(r for r in args.roles.split(",") if r)
    # a role left out gives no position at run time either (stance_model.Model.roles)
    stories = [dict(s, candidates=[c for c in s["candidates"] if c["role"] in roles]) for s in stories]
    drop = tuple(d for d in args.drop.split(",") if d)
    names = [n for n in feature_names(stories, args.min_stories) if not (drop and n.startswith(drop))]
    X, y = matrix(stories, names)
    silver_info = None
    if args.silver or args.silver_cache:
        silver = load_silver(args)
        silver = [dict(s, candidates=[c for c in s["candidates"] if c["role"] in roles]) for s in silver]
        global SILVER
        Xs, ys = silver_matrix(silver, names, args.silver_none)
        SILVER = (Xs, ys, args.silver_weight)
        silver_info = {"stories": len(silver), "candidates": len(ys), "weight": args.silver_weight,
                       "none_from_stance_free_sentences": args.silver_none,
                       "labels": {c: int((ys == i).sum()) for i, c in enumerate(CLASSES)}}
        print(f"silver: {len(silver)} stories, {len(ys)} candidates: {silver_info['labels']}, weight {args.silver_weight}")
    labels = {c: int((y == i).sum()) for i, c in enumerate(CLASSES)}
    print(f"{len(stories)} tuning stories, {len(y)} candidates: {labels}; {len(names)} features")
    rules = whole_output(stories, ["none"] * len(y))
    print(f"rules alone: found {rules['found']}/{rules['gold']}, right {rules['right']}/{rules['predicted']}, F1 {rules['f1']:.3f}")
    chosen, table = cross_validate(stories, names)
    if fixed:
        chosen = next(row for row in table if row[0] == fixed)
    (lam, threshold, margin, gate), best = chosen
    for (l, t, m, g), fig in table if args.verbose else []:
        print(f"  lambda {l:<6} threshold {t:<5} margin {m:<4} gate {g:<12} found {fig['found']}/{fig['gold']} right {fig['right']}/{fig['predicted']} "
              f"wrong {fig['wrong']} F1 {fig['f1']:.3f}")
    print(("given by --setting (its out-of-fold figure): " if fixed else
           f"chosen by 5-fold cross-validation by story (best out-of-fold F1 with wrong stances under {MAX_WRONG:.0%}): ") +
          f"lambda {lam}, threshold {threshold}, margin {margin}, gate {gate}: found {best['found']}/{best['gold']}, "
          f"right {best['right']}/{best['predicted']}, wrong {best['wrong']}, F1 {best['f1']:.3f}")
    by_role = None
    if args.role_thresholds:
        by_role, fig = role_thresholds(stories, names, lam, threshold, margin, gate)
        print(f"thresholds by role (out of fold): {by_role}: found {fig['found']}/{fig['gold']}, right "
              f"{fig['right']}/{fig['predicted']}, wrong {fig['wrong']}, F1 {fig['f1']:.3f}")
        best = fig
    if args.errors:
        error_table(stories, names, lam, threshold, margin, gate, by_role)
    if args.misses is not None:
        miss_list(stories, names, lam, threshold, margin, gate, args.misses)
    if args.dry_run:
        return 0
    W = fit(X, y, lam)
    data = {
        "trained_on": {
            "script": "scripts/train_stance_model.py",
            "stories": "eval/positions/manifest.tsv, split = tune (" + str(len(stories)) + " stories); no checking-half gold read",
            "candidates": len(y), "labels": labels,
            "min_stories_per_word": args.min_stories, "dropped_feature_prefixes": list(drop), "max_out_of_fold_wrong_stances": MAX_WRONG,
            **({"setting_given": True} if fixed else {}),
            "lambda": lam, "threshold": threshold, "margin": margin, "gate": gate, "gates_tried": list(GATES), "folds": FOLDS, "seed": SEED, "steps": STEPS, "rate": RATE,
            "out_of_fold": {k: best[k] for k in ("found", "gold", "right", "predicted", "wrong")} | {"f1": round(best["f1"], 4)},
            **({"silver": silver_info} if silver_info else {}),
        },
        "classes": list(CLASSES),
        "threshold": threshold,
        "margin": margin,
        "gate": gate,
        "roles": list(roles),
        **({"role_thresholds": by_role} if by_role else {}),
        "features": names,
        "weights": [[round(float(v), 6) for v in row] for row in W],
    }
    Path(args.out).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
