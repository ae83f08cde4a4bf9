#!/usr/bin/env python3
"""Measure coincide_figures on the hand-labelled figures in eval/figures/labels.jsonl.

    .venv/bin/python scripts/eval_figures.py [--half tune|tune2|..|tune13|tunes|check|check2|check3|checks|all] [--show] [--kinds]

Each labelled story (bbc-politics and PolNeAR texts from ../shared/data) is analysed whole; the
figures whose span falls in a labelled sentence are compared with the labels of that sentence
(labelled sentences hold every figure in scope: money, percentages and shares, counts of people
and households). A figure is right when its span overlaps the label's, its value agrees (shares to
0.01; a range's high end too), its unit is the label's and its `about` contains one of the label's '|'-separated
alternatives. Precision: right figures / figures reported in labelled sentences; recall: labels
found / labels. `value` alone and the claimant (the figure's source, or its `source_text` when no
actor names the claimant, "a survey", shares a word with the labelled claimant or, for a claimant
labelled as a description, "the chancellor", with the name the story gives what it means, labelled
blind in eval/figures/claimant-referents.jsonl; any source where the label's claimant is a pronoun)
are reported beside. The stories are split
into halves by the sha1 of their path (eval/figures/build_labels.py); rules are tuned on `tune`,
`tune2` (a second tuning set of stories in neither half, labelled in the third round of issue 14),
`tune3` (a third, drawn by eval/figures/draw_tune3.py in the fourth round), `tune4` (a fourth, sixth
round), `tune5` (a fifth, ninth round) and `tune6` (a sixth, drawn by eval/figures/draw_tune6.py
and labelled before the code ran on it, thirteenth round), `tune7` (a seventh, drawn by
`eval/figures/draw_tune.py tune7 2036` and labelled in eval/figures/tune7_labels.py before the code ran on it,
fifteenth round) and `tune8` (an eighth, drawn by `eval/figures/draw_tune.py tune8 2037` and labelled in
eval/figures/tune8_labels.py before the code ran on it, session 13, read in the eighteenth round) and
`tune9` (a ninth, drawn by `eval/figures/draw_tune.py tune9 2038` and labelled in
eval/figures/tune9_labels.py before the code ran on it, session 19) and `tune10` (a tenth, of poll
shares, drawn by `eval/figures/draw_tune.py tune10 2039 --n 5 --min-percent 3` and labelled in
eval/figures/tune10_labels.py before the code ran on it, session 22), `tune11` (a second of poll
shares, `eval/figures/draw_tune.py tune11 2040 --n 10 --min-percent 3`, labelled in
eval/figures/tune11_labels.py before the code ran on it, session 22), `tune12` (percentages that
are no poll shares, `eval/figures/draw_tune.py tune12 2041 --n 10 --min-percent 2 --no-polls`,
labelled in eval/figures/tune12_labels.py before the code ran on it, session 23), `tune13` (rich
in money, `eval/figures/draw_tune.py tune13 2042 --n 10 --min-money 3`, labelled in
eval/figures/tune13_labels.py before the code ran on it, session 23); `check`
is only measured, and so is `check2` (a second
checking set drawn by eval/figures/draw_check2.py and labelled before the code ran on it, eleventh
round). `--half tunes` measures the thirteen tuning sets in one run and leaves the checking sets out, so a
rule is weighed without reading them; `--half checks` measures check and check2 and pools them
(`checks`). `--show` prints the errors of the tuning sets only: a checking set is measured, never
read. `--kinds` counts each half's errors by kind (value missed, unit, about, claimant, spurious),
counts only, so the checking sets' errors can be described without being read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
LABELS = REPO / "eval" / "figures" / "labels.jsonl"
# who a claimant label that is a description ("the chancellor", "the group") means, labelled blind
# from the story alone (session 43): a figure given to that person or body is as right as one given
# to the description's own words, as a pronoun label accepts any source
REFERENTS = REPO / "eval" / "figures" / "claimant-referents.jsonl"
PRONOUNS = {"he", "she", "they", "it", "we", "i"}
TUNING = ("tune", "tune2", "tune3", "tune4", "tune5", "tune6", "tune7", "tune8", "tune9", "tune10", "tune11",
          "tune12", "tune13")
CHECKING = ("check", "check2", "check3")  # measured only: never printed by --show
KINDS = ("value missed", "unit", "about", "claimant", "spurious")
# an `about` error by shape (counts only, so a checking set's can be described unread): no `about`
# at all, one that shares a word with the label's but holds none of its alternatives whole
# (too short, too long, or the right noun with other words), or one that shares no word (another
# noun or verb); and by unit
ABOUT_SHAPES = ("none", "partial", "other")


def about_shape(gold: str, got: str | None) -> str:
    if not (got or "").strip():
        return "none"
    got_w = set(norm(got).split())
    gold_w = {w for alt in gold.split("|") for w in norm(alt).split()}
    return "partial" if got_w & gold_w else "other"


def norm(text: str) -> str:
    words = re.findall(r"[a-z0-9£$€%'-]+", (text or "").lower().replace("’", "'"))
    # a plural and its singular are the same thing counted
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words)


def about_ok(gold: str, got: str | None) -> bool:
    got_n = f" {norm(got or '')} "
    return any(f" {norm(alt)} " in got_n for alt in gold.split("|") if alt.strip())


def value_ok(gold: dict, got: dict) -> bool:
    g, v = float(gold["value"]), float(got.get("value") or 0)
    # a range is right only as a range, with both ends ("between £2bn and £3bn": value 2e9, value_high 3e9)
    gh, vh = gold.get("value_high"), got.get("value_high")
    if (gh is None) != (vh is None) or (gh is not None and abs(float(gh) - float(vh)) > 1e-6 * abs(float(gh))):
        return False
    if gold["unit"] == "share":
        return abs(g - v) <= 0.01
    return abs(g - v) <= 1e-6 * abs(g)


def overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def claimant_ok(gold: str | None, got: dict, names: dict, referent: str | None = None) -> bool:
    if gold is None:
        return True
    # a claimant that is no actor ("a survey", "exit polls") is named by the figure's own words
    name = names.get(got.get("source")) or got.get("source_text") or ""
    if not name:
        return False
    if gold.lower() in PRONOUNS:
        return True
    got_w = set(norm(name).split())
    return any(bool(({w for w in norm(alt).split() if len(w) > 2} - {"the", "mr", "ms", "mrs"}) & got_w)
               for alt in (gold, referent) if alt)


def load_referents(path: Path = REFERENTS) -> dict:
    """(story, figure span) -> the name a description claimant means; absent when the file is, or
    when the story names nobody ("none")."""
    if not path.exists():
        return {}
    rows = (json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip())
    return {(r["story"], tuple(r["span"])): r["referent"] for r in rows if r["referent"] != "none"}


def error_kind(gold: dict, got: list, hits: list, full: list, names: dict, referent: str | None = None) -> str | None:
    """The first thing wrong with a label's reading: no figure with its value (and range), the unit, what
    is counted (`about`), or, for a figure found, its claimant; None when all is right."""
    if not hits:
        return "value missed"
    if not any((got[i].get("unit") or "") == gold["unit"] for i in hits):
        return "unit"
    if not full:
        return "about"
    return None if claimant_ok(gold["claimant"], got[full[0]], names, referent) else "claimant"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=TUNING + CHECKING + ("tunes", "checks", "all"), default="all")
    parser.add_argument("--labels", default=str(LABELS))
    parser.add_argument("--show", action="store_true",
                        help="print each miss, each wrong figure and each wrong claimant of the tuning sets")
    parser.add_argument("--kinds", action="store_true", help="count each half's errors by kind (no text)")
    args = parser.parse_args(argv)
    rows = [json.loads(l) for l in open(args.labels, encoding="utf-8") if l.strip()]
    referents = load_referents()
    shown = {"all": TUNING + CHECKING + ("checks", "all"), "tunes": TUNING,
             "checks": CHECKING + ("checks",)}.get(args.half, (args.half,))
    if args.show and any(h in CHECKING for h in shown):
        print("--show prints the tuning sets' errors only; check and check2 are measured, never read", file=sys.stderr)
    if args.half != "all":
        rows = [r for r in rows if r["half"] in shown]
    stories = sorted({r["story"] for r in rows})
    missing = [s for s in stories if not (SHARED / "data" / s).exists()]
    if missing:
        print(f"missing story texts under {SHARED / 'data'}: {missing[:3]} ...", file=sys.stderr)
        return 2

    from coincide.config import load_settings
    from coincide.pipeline import analyze_stories, load_nlp
    from coincide.records import Story

    nlp = load_nlp(load_settings())
    texts = {s: (SHARED / "data" / s).read_text(encoding="utf-8") for s in stories}
    analysed = {s: rec.to_dict() for s, rec in zip(stories, analyze_stories(nlp, [Story(source=s, body=texts[s]) for s in stories]))}

    totals = {h: dict(gold=0, got=0, tp_r=0, tp_p=0, val_r=0, claim=0, claim_n=0, **{k: 0 for k in KINDS},
                      about_shapes={}, about_units={})
              for h in TUNING + CHECKING + ("checks", "all")}
    for r in rows:
        data = analysed[r["story"]]
        names = {a["id"]: a.get("name") or "" for a in data.get("actors") or []}
        got = [f for f in data.get("figures") or [] if overlaps(f["span"], r["sentence"])]
        counted_in = (r["half"], "all") + (("checks",) if r["half"] in CHECKING else ())
        show = args.show and r["half"] in TUNING
        for h in counted_in:
            t = totals[h]
            t["gold"] += len(r["figures"])
            t["got"] += len(got)
        matched_got = set()
        for g in r["figures"]:
            hits = [i for i, f in enumerate(got) if overlaps(f["span"], g["span"]) and value_ok(g, f)]
            full = [i for i in hits if (got[i].get("unit") or "") == g["unit"] and about_ok(g["about"], got[i].get("about"))]
            referent = referents.get((r["story"], tuple(g["span"])))
            kind = error_kind(g, got, hits, full, names, referent)
            for h in counted_in:
                totals[h]["val_r"] += bool(hits)
                totals[h]["tp_r"] += bool(full)
                if full:
                    totals[h]["claim_n"] += 1
                    totals[h]["claim"] += claimant_ok(g["claimant"], got[full[0]], names, referent)
                if kind:
                    totals[h][kind] += 1
                if kind == "about":
                    best = next(i for i in hits if (got[i].get("unit") or "") == g["unit"])
                    shape = about_shape(g["about"], got[best].get("about"))
                    totals[h]["about_shapes"][shape] = totals[h]["about_shapes"].get(shape, 0) + 1
                    totals[h]["about_units"][g["unit"]] = totals[h]["about_units"].get(g["unit"], 0) + 1
            if show and full and not claimant_ok(g["claimant"], got[full[0]], names, referent):
                print(f"CLAIMANT {r['half']} {r['story']} {g['text']!r} want {g['claimant']!r}; got {names.get(got[full[0]].get('source')) or got[full[0]].get('source_text') or '-'!r}")
            matched_got.update(full[:1])
            if show and not full:
                near = [f"{got[i]['value']}{'-' + str(got[i]['value_high']) if got[i].get('value_high') else ''} {got[i].get('unit')} about={got[i].get('about')!r}" for i in range(len(got)) if overlaps(got[i]["span"], g["span"])]
                print(f"MISS {r['half']} {r['story']} {g['text']!r} want {g['value']}{'-' + str(g['value_high']) if g.get('value_high') else ''} {g['unit']} about={g['about']!r}; got {near or '-'}")
        spurious = [f for i, f in enumerate(got)
                    if i not in matched_got and not any(overlaps(f["span"], g["span"]) for g in r["figures"])]
        for h in counted_in:
            totals[h]["tp_p"] += len(matched_got)
            totals[h]["spurious"] += len(spurious)
        if show:
            for f in spurious:
                print(f"EXTRA {r['half']} {r['story']} {f.get('text')!r} {f['value']} {f.get('unit')} about={f.get('about')!r}")
    for h in shown:
        t = totals[h]
        p = t["tp_p"] / t["got"] if t["got"] else 0.0
        rr = t["tp_r"] / t["gold"] if t["gold"] else 0.0
        claim = t["claim"] / t["claim_n"] if t["claim_n"] else 0.0
        print(f"{h:6s} labels {t['gold']}  reported {t['got']}  precision {p:.3f}  recall {rr:.3f}  "
              f"value recall {t['val_r'] / max(t['gold'], 1):.3f}  claimant right {claim:.3f} (of {t['claim_n']} found)")
        if args.kinds:
            print(f"{'':6s} errors: " + ", ".join(f"{k} {t[k]}" for k in KINDS))
            print(f"{'':6s} about: " + ", ".join(f"{k} {t['about_shapes'].get(k, 0)}" for k in ABOUT_SHAPES)
                  + "; by unit: " + ", ".join(f"{u} {n}" for u, n in sorted(t["about_units"].items(), key=lambda kv: -kv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
