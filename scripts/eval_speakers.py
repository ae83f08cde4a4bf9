#!/usr/bin/env python3
"""Measure named speakers of quotes against BASIL (basil-dev): is each quoted phrase inside a quote
with the right named person (and, beside it, the right group) as speaker?

    .venv/bin/python scripts/eval_speakers.py                 # the 150 basil-dev articles
    .venv/bin/python scripts/eval_speakers.py --out /tmp/b.jsonl
    .venv/bin/python scripts/eval_speakers.py --reuse /tmp/b.jsonl   # score saved records again
    .venv/bin/python scripts/eval_speakers.py --half tune     # one half only (tune | check | all)
    .venv/bin/python scripts/eval_speakers.py --reuse /tmp/b.jsonl --misses   # the tuning half's misses by kind
    .venv/bin/python scripts/eval_speakers.py --turns         # the hand-labelled pronoun/description set
    .venv/bin/python scripts/eval_speakers.py --turns --misses   # ... with the tuning half's misses

Runs basil-dev/text/*.txt through the same code path as `coincide analyze --json`
(coincide.analyze.analyze_paths, default settings), writes the records as JSON Lines and runs
../shared/tools/evaluate.py speakers on them; its last line `speakers: X` is the share of quoted
phrases whose speaker is a named person that got the right person (group speakers are printed
beside it). Peer figure on basil-dev: textacy 0.13, 0.150.

The 50 stories (150 tellings) are split by story into a tuning half and a checking half
(eval/speakers/basil-halves.json: the positions set's split where a story is labelled there, so
tuning here never reads a checking story of that set, else sha1 of the story id). Without
--half, the figures of the tuning half, the checking half and the whole are printed in turn;
the last line is the whole's. Tune rules on the tuning half only; report both.

--turns scores the kinds basil's tuning half lacks: 248 quotes from PolNeAR *train* and bbc-politics
whose source is a pronoun ("he said"), a description ("the former pollster said"), a name with
another person named inside the quotation, or a group named by a noun ("officials said", "the
campaign said": kind "group noun", 52), each labelled by hand with the person or group a reader
takes as the speaker (eval/speakers/turns-labels.jsonl: offsets and names only, the texts stay in
../shared/data; halves by sha1 of set/story), and 75 more of round 7 (half "tune2": 48 pronouns,
11 descriptions, 16 group nouns from PolNeAR train and bbc-politics stories in no other set, labelled
before the code ran on them: a second tuning part, scored apart), and 41 of session 17 (half "tune3",
issue 13: pronoun sources, "he said", in multi-speaker stories: 20 PolNeAR train stories of the
ptune half only, in no other part, whose gold sources name two or more persons, drawn by
eval/speakers/draw_tune3.py, seed 2041; every gold attribution there whose source is he, she, they,
it, him or her and whose cue reports speech, labelled by hand with the person or group a reader
takes the pronoun to mean, before the code ran on those stories; 1 left out, an unnamed voter: a
third tuning part, scored apart), and 95 of session 21 (half "tune4", issue 13: stories where persons
and groups are quoted in alternation, 12 PolNeAR train ptune stories in no other part whose gold
sources name two or more persons and a group, drawn by eval/speakers/draw_tune4.py, seed 2121; every
gold attribution there with a speech cue whose source is a pronoun, a description or a group, or a
name with another person named inside the reported words, labelled by hand before the code ran on
those stories; 7 left out, no speaker a reader could name: a fourth tuning part, scored apart), and 73 of
session 23 (half "tune5", issue 13: pronouns of groups and bodies, "they said", "it said": the 22
PolNeAR train ptune stories in no earlier part with a gold speech attribution whose source is "they"
or "it", drawn by eval/speakers/draw_tune5.py, seed 2323; every gold speech attribution there whose
source is "they"/"it" (kind "group pronoun", 30) or a group (kind "group noun", 43), labelled by hand
before the code ran on those stories; 2 left out: a fifth tuning part, scored apart), and 56 of session
23t (half "caucus", issue 13: quotes of lawmakers the story ties to a party, "Sen. Jane Doe, R-Ky.,
said", the kind BASIL labels with the lawmaker's group: 21 PolNeAR train ptune stories in no earlier
part, drawn by eval/speakers/draw_caucus.py, seed 2330; every gold speech attribution there whose
source names a tied lawmaker (kind "member name") or is "he"/"she" meaning one (kind "member
pronoun"), labelled by hand before the code ran on those stories with the person and, for a sitting
lawmaker speaking as one, the group BASIL's convention gives ("Republican lawmakers", 37 of them;
docs/holders-and-labels.md, round 23t); 14 left out, a pronoun or headline meaning nobody tied: a
sixth tuning part, scored apart for the person and, on its own line, for the group as evaluate.py
scores BASIL's groups: a word of the label among the words of an actor the quote lists), and 83 of
round 26 (half "check2", issue 13: a second checking part, pronoun and description sources: 14 PolNeAR
train stories of the *pcheck* half in no earlier part whose gold speech sources name two or more
persons, drawn by eval/speakers/draw_check2.py, seed 2626, until 80 items at least; every gold speech
attribution there whose source is he/she (kind "pronoun", 68), they/it ("group pronoun", 5) or "the"
before a common noun ("description", 6; "group noun", 4), labelled by hand before the code ran on
those stories; none left out). The checking parts "check" and "check2" are measured, never read: --misses
prints neither's items. A label is right when some extracted quote holding
the labelled words (half of them at least) lists an actor whose name has the label's surname and,
when both give one, its first name ("Jane Sanders" is not "Bernie Sanders").

--polnear-train [--limit N] is a larger yardstick that needs no labelling: PolNeAR *train* (never dev,
the attribution gate), every gold attribution whose source is a named person (the source phrase's
head is a PERSON name or a proper noun: "Donald Trump", "Mr. Sanders") or a group (its head is a
plural or collective noun or an organisation/party name: "officials", "the campaign", "Democrats",
"the FBI"), as spaCy reads the source phrase in its story. Sources that are pronouns ("he", "who";
the reader's antecedent is not in the gold) or singular descriptions ("the senator") are left out
and counted. Each is matched to the quotes coincide finds (half of the gold content at least, at
the same place); it is right when one of them lists the same person (the turns set's name rule)
or, for a group, an actor whose name holds the group's head word ("officials", "campaign",
"Democrats"). Halves by story: "ptune" (sha1 of the story name, even first digit; rules are read
off it) and "pcheck" (the rest, plus every story of the turns set's checking half: measured only).
Runs the components speakers depend on only (actors, coref, quotes); --reuse scores saved records.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
BASIL = SHARED / "data" / "basil-dev"
EVALUATE = SHARED / "tools" / "evaluate.py"
HALVES = REPO / "eval" / "speakers" / "basil-halves.json"
TURNS = REPO / "eval" / "speakers" / "turns-labels.jsonl"
# the turns set's parts: "tune2" (75 quotes of round 7, labelled before the code ran on them) is a
# second tuning part of stories in no other set, "tune3" (41 pronoun sources in multi-speaker PolNeAR
# train ptune stories, session 17, labelled blind) a third, "tune4" (95 pronoun, description, group and
# name-inside sources in ptune stories quoting persons and groups in alternation, session 21, labelled
# blind) a fourth, "tune5" (73 "they"/"it" and group-noun sources in ptune stories, session 23,
# labelled blind) a fifth, "caucus" (56 quotes of lawmakers a story ties to a party, session 23t,
# labelled blind with the person and the group BASIL would give, eval/speakers/draw_caucus.py) a
# sixth, scored for the person and, apart, for the group; rules are read off the tuning parts only.
# "check" and "check2" (83 pronoun and description sources in PolNeAR train pcheck stories, round 26,
# labelled blind, eval/speakers/draw_check2.py) are checking parts: measured, never printed by --misses
CHECK_HALVES = ("check", "check2")
TURN_HALVES = ("tune", "tune2", "tune3", "tune4", "tune5", "caucus", "check", "check2")
TURN_TEXTS = {"polnear": SHARED / "data" / "polnear" / "text", "bbc-politics": SHARED / "data" / "bbc-politics"}

sys.path.insert(0, str(Path(__file__).resolve().parent))  # sibling modules
from own_source import put_first  # noqa: E402

put_first(REPO)  # this repository's src first (a PYTHONPATH naming another is said on stderr)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", help="where to write the records (default /tmp/coincide-basil-dev.jsonl, "
                                   "with --turns /tmp/coincide-turns.jsonl)")
    ap.add_argument("--reuse", help="score records written before instead of running the pipeline")
    ap.add_argument("--half", choices=("tune", "tune2", "tune3", "tune4", "tune5", "caucus", "check", "check2", "ptune", "pcheck", "all"),
                    help="score one half only (tune2 .. tune5, caucus, check2: --turns only)")
    ap.add_argument("--misses", action="store_true",
                    help="after scoring, print the tuning half's misses by error kind, each with its phrase; "
                         "the checking half's only as counts (rules are never read off it)")
    ap.add_argument("--turns", action="store_true",
                    help="score the hand-labelled pronoun/description quotes (eval/speakers/turns-labels.jsonl) instead")
    ap.add_argument("--polnear-train", action="store_true",
                    help="score named-person and group sources of PolNeAR train's attributions instead (ptune / pcheck)")
    ap.add_argument("--limit", type=int, help="--polnear-train: a random sample of this many stories (seed 13)")
    args = ap.parse_args(argv)
    if args.polnear_train:
        out = Path(args.reuse or args.out or "/tmp/coincide-polnear-train.jsonl")
        return score_polnear(out, not args.reuse, args.half, args.misses, args.limit)
    if args.half in ("tune2", "tune3", "tune4", "tune5", "caucus", "check2") and not args.turns:
        ap.error(f"--half {args.half} is a part of the --turns set only (basil-dev has tune and check)")
    if args.turns:
        return score_turns(Path(args.reuse or args.out or "/tmp/coincide-turns.jsonl"), not args.reuse, args.half, args.misses)
    if not BASIL.is_dir() or not EVALUATE.is_file():
        print(f"basil-dev or evaluate.py absent under {SHARED}", file=sys.stderr)
        return 2
    out = Path(args.reuse or args.out or "/tmp/coincide-basil-dev.jsonl")
    if not args.reuse:
        analyze_to(sorted(str(p) for p in (BASIL / "text").glob("*.txt")), out)
    code = 0
    for half in [args.half] if args.half else ["tune", "check", "all"]:
        print(f"--- {half} ---", flush=True)
        done = subprocess.run([sys.executable, str(EVALUATE), "speakers", str(half_dir(half)), str(out)], text=True)
        code = code or done.returncode
    if args.misses:
        print_misses(out)
    return code


def analyze_to(paths: list[str], out: Path) -> None:
    """Run the stories through `coincide analyze --json`'s code path and write their records."""
    from coincide.analyze import analyze_paths
    from coincide.config import load_settings
    from coincide.records import ErrorRecord

    t0 = time.perf_counter()
    failed = 0
    with out.open("w", encoding="utf-8") as fh:
        for record in analyze_paths(paths, load_settings()):
            if isinstance(record, ErrorRecord):  # named, counted, and the batch goes on
                failed += 1
                print(f"{record.source}: {record.message}", file=sys.stderr)
                continue
            fh.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
    print(f"{len(paths)} articles ({failed} failed), {time.perf_counter() - t0:.1f} s", file=sys.stderr)


def score_turns(out: Path, run: bool, only_half: str | None, misses: bool) -> int:
    """Right speakers of the hand-labelled quotes, per half and per kind of source."""
    sys.path.insert(0, str(EVALUATE.parent))
    import evaluate as E

    labels = [json.loads(line) for line in TURNS.read_text(encoding="utf-8").splitlines() if line.strip()]
    paths = sorted({str(TURN_TEXTS[x["set"]] / f"{x['story']}.txt") for x in labels})
    if not all(Path(p).is_file() for p in paths):
        print(f"the texts of {TURNS.name} are absent under {SHARED / 'data'}", file=sys.stderr)
        return 2
    if run:
        analyze_to(paths, out)
    records = E.load_analysis(str(out))
    tally: dict[str, dict[str, list[int]]] = {half: {} for half in TURN_HALVES}
    groups: dict[str, list[int]] = {}  # the caucus part's group labels, by kind
    lines = []
    for x in labels:
        text = (TURN_TEXTS[x["set"]] / f"{x['story']}.txt").read_text(encoding="utf-8", errors="replace")
        rec = records.get(x["story"]) or {}
        words = text[x["quote"][0]:x["quote"][1]]
        said = E.tokens(words)
        cands = [q for q in rec.get("quotes") or [] if E.overlap(said, E.tokens(q.get("text")))[0] >= 0.5]
        at = ((rec.get("story") or {}).get("body") or "").find(words)
        if at >= 0:  # where the labelled words are: a short "Little Marco" is also in the quotation it mocks
            cands = [q for q in cands if min(q["span"][1], at + len(words)) - max(q["span"][0], at) >= len(words) / 2]
            if not cands:
                # a quotation interrupted by its source ('"I feel bad to say it," she said. "I don't see
                # him as the president."', labelled as one span) is extracted as one quote a piece: the
                # pieces inside the labelled words count together
                pieces = [q for q in rec.get("quotes") or [] if at <= q["span"][0] and q["span"][1] <= at + len(words)]
                if len(pieces) > 1 and E.overlap(said, [t for q in pieces for t in E.tokens(q.get("text"))])[0] >= 0.5:
                    cands = pieces
        refs = [r for q in cands for r in ([q.get("speaker")] if q.get("speaker") else []) + list(q.get("speakers") or [])]
        ok = any(names_person(E, rec, r, x["speaker"]) for r in refs)
        for key in (x["kind"], "all"):
            tally[x["half"]].setdefault(key, [0, 0])[0] += ok
            tally[x["half"]][key][1] += 1
        if x.get("group"):
            # BASIL's group score (evaluate.py speakers): a word of the label among the words of
            # any actor the quote lists
            got_group = bool(set(E.tokens(x["group"])) & set().union(*[E.actor_words(rec, r) for r in refs], set()) - E.PRONOUNS)
            for key in (x["kind"], "all"):
                groups.setdefault(key, [0, 0])[0] += got_group
                groups[key][1] += 1
            if not got_group and x["half"] not in CHECK_HALVES:
                got = sorted({" ".join(sorted(E.actor_words(rec, r))) for r in refs}) if cands else "no quote"
                src = text[x["source"][0]:x["source"][1]]
                lines.append(f"[{x['half']} group {x['kind']}] {x['story'][:40]} {x['group']} of {x['speaker']} "
                             f"(source {src!r}): {said[:8]} -> {got}")
        if not ok and x["half"] not in CHECK_HALVES:
            got = sorted({" ".join(sorted(E.actor_words(rec, r))) for r in refs}) if cands else "no quote"
            src = text[x["source"][0]:x["source"][1]]
            lines.append(f"[{x['half']} {x['kind']}] {x['story'][:40]} {x['speaker']} (source {src!r}): {said[:8]} -> {got}")
    for half in [only_half] if only_half and only_half != "all" else TURN_HALVES:
        parts = [f"{k} {r}/{n}" for k, (r, n) in sorted(tally[half].items()) if k != "all"]
        r, n = tally[half].get("all", [0, 0])
        print(f"--- {half} --- right {r}/{n} = {r / max(n, 1):.3f} ({', '.join(parts)})")
        if half == "caucus":
            gparts = [f"{k} {r}/{n}" for k, (r, n) in sorted(groups.items()) if k != "all"]
            r, n = groups.get("all", [0, 0])
            print(f"--- {half} --- group right {r}/{n} = {r / max(n, 1):.3f} ({', '.join(gparts)})")
    if misses:
        print("--- the tuning parts' misses ---")
        print("\n".join(sorted(lines)))
    return 0


def names_person(E, rec: dict, ref: str, label: str) -> bool:
    """Whether actor `ref` is the person of `label` ("Diane Abbott|Diane Abbot": either spelling)."""
    words = E.actor_words(rec, ref)
    name = next((E.tokens(a.get("name")) for a in rec.get("actors") or [] if a.get("id") == ref), [])
    for option in label.split("|"):
        want = E.tokens(option)
        if want and want[-1] in words and (len(want) == 1 or len(name) == 1 or want[0] in words):
            return True
    return False


MISS_KINDS = {
    "not found": "no extracted quote holds the phrase",
    "no speaker": "a quote holds it, with no speaker",
    "pronoun": "its source is a pronoun resolved to somebody else (or to nobody)",
    "description": "its source is a description ('the spokesperson', 'the ad') resolved to somebody else",
    "group named otherwise": "a group label, and a party or group actor is listed under another name",
    "wrong actor": "its source names somebody else (the nearest name, a person for a body ...)",
}


def print_misses(out: Path) -> None:
    """Misses of named and group speakers by kind (MISS_KINDS), read with evaluate.py's own
    matching: the tuning half with each phrase and what was found, the checking half as counts."""
    sys.path.insert(0, str(EVALUATE.parent))
    import evaluate as E  # the scorer's own tokens, overlap and actor words

    records = E.load_analysis(str(out))
    counts = {h: {k: [0, 0] for k in MISS_KINDS} for h in ("tune", "check")}
    lines = []
    for ann in sorted((BASIL / "annotations").glob("*/*_ann.json")):
        name = ann.name[: -len("_ann.json")]
        half = half_of(name.rsplit("_", 1)[0])
        rec = records.get(name) or {}
        body = (rec.get("story") or {}).get("body") or ""
        for p in json.loads(ann.read_text(encoding="utf-8")).get("phrase-level-annotations", []):
            label = p.get("speaker") or ""
            if p.get("quote") != "yes" or not label or label.lower().startswith("other"):
                continue
            group = any(w in label.lower() for w in E.GROUP_WORDS)
            phrase = E.tokens(p.get("txt"))
            cands = [q for q in rec.get("quotes") or [] if E.overlap(phrase, E.tokens(q.get("text")))[0] >= 0.8]
            who = set(E.tokens(label.replace("_", " ")))
            got, ok = [], False
            for q in cands:
                refs = ([q.get("speaker")] if q.get("speaker") else []) + list(q.get("speakers") or [])
                names = set().union(*[E.actor_words(rec, r) for r in refs]) if refs else set()
                ok = ok or bool(who & names - E.PRONOUNS)
                src = body[q["source_span"][0]:q["source_span"][1]] if q.get("source_span") else ""
                got.append((src, [" ".join(sorted(E.actor_words(rec, r))) for r in refs]))
            if ok:
                continue
            if not cands:
                kind = "not found"
            elif not any(refs for _, refs in got):
                kind = "no speaker"
            elif group and any(r.get("kind") in ("group", "organization") and set(E.tokens(r.get("name"))) &
                               {"democrats", "republicans", "gop", "lawmakers", "democratic", "republican"}
                               for r in rec.get("actors") or [] if r.get("id") in
                               {x for q in cands for x in (q.get("speakers") or [])}):
                kind = "group named otherwise"
            elif any(set(E.tokens(src)) <= E.PRONOUNS and src for src, _ in got):
                kind = "pronoun"
            elif any(E.tokens(src)[:1] in (["the"], ["a"], ["an"]) for src, _ in got):
                kind = "description"
            else:
                kind = "wrong actor"
            counts[half][kind][1 if group else 0] += 1
            if half == "tune":
                lines.append(f"[{kind}] {name} {label}: {p.get('txt', '')[:90]!r} -> {got[:2]}")
    print("--- misses by kind (named persons / groups) ---")
    for kind, why in MISS_KINDS.items():
        t, c = counts["tune"][kind], counts["check"][kind]
        print(f"{kind:22s} tune {t[0]:3d} / {t[1]:3d}   check {c[0]:3d} / {c[1]:3d}   {why}")
    print_fine_kinds(E, records)
    print("--- the tuning half's misses ---")
    print("\n".join(sorted(lines)))


def print_fine_kinds(E, records: dict) -> None:
    """A finer table of the misses, made by code and printed as counts only on both halves (round
    10s; the checking half's items are never printed): what was given (no quote, no speaker, the
    kinds of actor listed), what the source phrase is (a pronoun, a description, a name), whether
    the label's words name an actor of the story and one mentioned in the quote's paragraph, and
    for a pronoun source, whether the person given is the last person named before the quote."""
    from collections import Counter

    tally = {"tune": Counter(), "check": Counter()}
    for ann in sorted((BASIL / "annotations").glob("*/*_ann.json")):
        name = ann.name[: -len("_ann.json")]
        half = half_of(name.rsplit("_", 1)[0])
        rec = records.get(name) or {}
        body = (rec.get("story") or {}).get("body") or ""
        actors = {a["id"]: a for a in rec.get("actors") or []}
        for p in json.loads(ann.read_text(encoding="utf-8")).get("phrase-level-annotations", []):
            label = p.get("speaker") or ""
            if p.get("quote") != "yes" or not label or label.lower().startswith("other"):
                continue
            kind = "group" if any(w in label.lower() for w in E.GROUP_WORDS) else "person"
            who = set(E.tokens(label.replace("_", " ")))
            cands = [q for q in rec.get("quotes") or [] if E.overlap(E.tokens(p.get("txt")), E.tokens(q.get("text")))[0] >= 0.8]
            refs = [r for q in cands for r in ([q.get("speaker")] if q.get("speaker") else []) + list(q.get("speakers") or [])]
            if any(who & E.actor_words(rec, r) - E.PRONOUNS for r in refs):
                continue
            holders = [a for a in actors.values() if who & (E.actor_words(rec, a["id"]) - E.PRONOUNS)]
            feats = []
            if not cands:
                feats.append("no quote")
            else:
                q = cands[0]
                src = body[q["source_span"][0]:q["source_span"][1]] if q.get("source_span") else ""
                words = E.tokens(src)
                feats.append("given " + "/".join(sorted({actors.get(r, {}).get("kind", "?") for r in refs})) if refs else "no speaker")
                if not src:
                    feats.append("source none")
                elif set(words) <= E.PRONOUNS:
                    before = sorted((m[0], a["id"]) for a in actors.values() if a["kind"] == "person"
                                    for m in a["mentions"] if m[0] < q["span"][0])
                    last = refs and before and before[-1][1] in refs
                    feats.append(f"source pronoun {words[0]} ({'the last person named' if last else 'not the last person named'})")
                else:
                    feats.append("source description" if words[:1] in (["the"], ["a"], ["an"]) else "source name")
                ps = body.rfind("\n", 0, q["span"][0]) + 1
                pe = body.find("\n", q["span"][0]) % (len(body) + 1)
                near = any(ps <= m[0] < pe for a in holders for m in a.get("mentions", []))
                feats.append("label named in the paragraph" if near else "label not in the paragraph")
            feats.append("label an actor" if holders else "label no actor")
            tally[half][f"{kind}: " + ", ".join(feats)] += 1
    print("--- misses by finer kind (counts only) ---")
    for key in sorted(set(tally["tune"]) | set(tally["check"]), key=lambda k: -(tally["tune"][k] + tally["check"][k])):
        print(f"tune {tally['tune'][key]:3d}  check {tally['check'][key]:3d}  {key}")


def half_of(story: str) -> str:
    """tune or check for a BASIL story id (the file name without its _1/_2/_3 telling)."""
    halves = json.loads(HALVES.read_text(encoding="utf-8"))
    return "tune" if story in halves["tune"] else "check"


def half_dir(half: str) -> Path:
    """A BASIL-shaped folder holding the annotations of one half (links, under /tmp): evaluate.py
    scores the annotations it finds there."""
    if half == "all":
        return BASIL
    halves = json.loads(HALVES.read_text(encoding="utf-8"))
    keep = set(halves[half])
    root = Path("/tmp") / f"coincide-basil-{half}"
    for ann in sorted((BASIL / "annotations").glob("*/*_ann.json")):
        story = ann.name[: -len("_ann.json")].rsplit("_", 1)[0]
        link = root / "annotations" / ann.parent.name / ann.name
        if story in keep and not link.exists():
            link.parent.mkdir(parents=True, exist_ok=True)
            link.symlink_to(ann)
        elif story not in keep and link.is_symlink():
            link.unlink()
    return root


POLNEAR = SHARED / "data" / "polnear"
# heads that name a body of people even in the singular ("the campaign said")
COLLECTIVE_HEADS = {"campaign", "administration", "committee", "party", "department", "ministry", "agency",
                    "board", "government", "council", "team", "group", "office", "staff", "court", "commission"}
POLNEAR_KINDS = ("person", "group")


def polnear_half(story: str, turns_check: set[str]) -> str:
    """ptune or pcheck: sha1 of the story name, and a story of the turns set's checking half is
    never read (pcheck)."""
    if story in turns_check:
        return "pcheck"
    return "ptune" if int(hashlib.sha1(story.encode("utf-8")).hexdigest()[0], 16) % 2 == 0 else "pcheck"


def source_kind(doc, start: int, end: int) -> tuple[str, str]:
    """What a gold source phrase is, read off its head in the parsed story, and the name or head
    word a right speaker must carry: ("person", "Donald Trump"), ("group", "officials"), or a kind
    left out ("pronoun", "description", "none")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return "none", ""
    head = span.root
    if head.pos_ == "PRON" or head.tag_ in ("WP", "WDT", "PRP", "PRP$") or head.lower_ in ("who", "which", "that"):
        return "pronoun", ""
    # a bare surname the story names a person by elsewhere (the model reads a lone "Trump" as ORG
    # or even as a plural noun)
    if head.text[:1].isupper() and any(e.label_ == "PERSON" and e[-1].text == head.text for e in doc.ents):
        return "person", head.text
    if head.pos_ == "NOUN":
        return ("group", head.lower_) if head.tag_ == "NNS" or head.lower_ in COLLECTIVE_HEADS else ("description", "")
    # a PERSON name heading the phrase, or in it after a title ("Pres. Obama"); a person named in
    # an apposition after the head ("X, an adviser to Mr. Y") is not the source
    persons = [e for e in doc.ents if e.label_ == "PERSON" and e.start < span.end and e.end > span.start]
    own = [e for e in persons if e.start <= head.i < e.end] or [e for e in persons if e.start >= head.i]
    if own:
        return "person", own[0].text
    ent = next((e for e in doc.ents if e.start <= head.i < e.end), None)
    if ent is not None and ent.label_ in ("ORG", "NORP", "GPE"):
        return "group", head.text
    return "description", ""


def names_group(E, rec: dict, ref: str, head: str) -> bool:
    """Whether actor `ref` is the group whose head word is `head` ("officials" is "U.S. officials",
    "Democrats" is "House Democrats"; singular or plural)."""
    words = E.actor_words(rec, ref)
    want = E.tokens(head)
    if not want:
        return False
    w = want[-1]
    forms = {w, w.rstrip("s"), w + "s", w[:-1] + "ies" if w.endswith("y") else w, w[:-3] + "y" if w.endswith("ies") else w}
    return bool(forms & words)


def polnear_gold(names: list[str]) -> list[dict]:
    picked = set(names)
    rows = []
    with (POLNEAR / "attributions-train.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line) if line.strip() else {}
            if row.get("article") in picked and row.get("source") and row.get("content"):
                rows.append(row)
    return rows


def score_polnear(out: Path, run: bool, only_half: str | None, misses: bool, limit: int | None) -> int:
    """Right named-person and group speakers of PolNeAR train's attributions, per half (see the
    module's doc): matched to a found quote, and right among those."""
    sys.path.insert(0, str(EVALUATE.parent))
    import random

    import evaluate as E

    if not (POLNEAR / "attributions-train.jsonl").is_file() or not EVALUATE.is_file():
        print(f"PolNeAR train or evaluate.py absent under {SHARED}", file=sys.stderr)
        return 2
    turns = [json.loads(line) for line in TURNS.read_text(encoding="utf-8").splitlines() if line.strip()]
    turns_check = {x["story"] for x in turns if x["half"] == "check"}
    kinds_file = out.with_suffix(".kinds.jsonl")
    if run:
        names = sorted({json.loads(line)["article"] for line in (POLNEAR / "attributions-train.jsonl").open(encoding="utf-8") if line.strip()})
        if limit and limit < len(names):
            names = sorted(random.Random(13).sample(names, limit))
        write_polnear(names, out, kinds_file)
    records = E.load_analysis(str(out))
    items = [json.loads(line) for line in kinds_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    tally = {h: {} for h in ("ptune", "pcheck")}
    lines = []
    for x in items:
        half = polnear_half(x["article"], turns_check)
        key_counts = tally[half]
        if x["kind"] not in POLNEAR_KINDS:
            key_counts.setdefault("left out " + x["kind"], [0, 0])[1] += 1
            continue
        rec = records.get(x["article"]) or {}
        body = (rec.get("story") or {}).get("body") or ""
        c0, c1 = x["content"]
        said = E.tokens(body[c0:c1])
        cands = [q for q in rec.get("quotes") or [] if E.overlap(said, E.tokens(q.get("text")))[0] >= 0.5
                 and min(q["span"][1], c1) - max(q["span"][0], c0) >= (c1 - c0) / 2]
        counts = key_counts.setdefault(x["kind"], [0, 0, 0])  # right, found, all
        counts[2] += 1
        if not cands:
            continue
        counts[1] += 1
        refs = [r for q in cands for r in ([q.get("speaker")] if q.get("speaker") else []) + list(q.get("speakers") or [])]
        match = names_person if x["kind"] == "person" else names_group
        ok = any(match(E, rec, r, x["label"]) for r in refs)
        counts[0] += ok
        if not ok and half == "ptune":
            got = sorted({" ".join(sorted(E.actor_words(rec, r))) for r in refs})
            qsrc = [body[q["source_span"][0]:q["source_span"][1]] for q in cands if q.get("source_span")]
            lines.append(f"[{x['kind']}] {x['article'][:40]} {x['label']!r} (source {x['source']!r}, cue {x['cue']!r}) "
                         f"{body[c0:c1][:70]!r} -> {got} via {qsrc[:2]}")
    for half in [only_half] if only_half in ("ptune", "pcheck") else ("ptune", "pcheck"):
        parts = []
        for kind in POLNEAR_KINDS:
            r, f, n = tally[half].get(kind, [0, 0, 0])
            parts.append(f"{kind} {r}/{f} = {r / max(f, 1):.3f} of found ({f}/{n} found)")
        left = ", ".join(f"{k[9:]} {v[1]}" for k, v in sorted(tally[half].items()) if k.startswith("left out"))
        print(f"--- {half} --- {'; '.join(parts)}; left out: {left}")
    if misses:
        print("--- ptune's misses (quote found, speaker wrong or none) ---")
        print("\n".join(sorted(lines)))
    return 0


def write_polnear(names: list[str], out: Path, kinds_file: Path) -> None:
    """Parse the stories with the components speakers depend on, write their records, and the kind
    of each gold source as spaCy reads it in the same parse."""
    from coincide.config import load_settings
    from coincide.pipeline import _component_config, doc_to_record
    from coincide.records import Story

    import spacy

    from coincide.nlp import register_extensions

    settings = load_settings()
    register_extensions()
    nlp = spacy.load(settings["nlp"]["model"])
    for factory, module in (("coincide_actors", "coincide.nlp.actors"), ("coincide_coref", "coincide.nlp.coref"),
                            ("coincide_quotes", "coincide.nlp.quotes")):
        __import__(module)
        nlp.add_pipe(factory, config=_component_config(factory, settings))
    gold: dict[str, list[dict]] = {}
    for row in polnear_gold(names):
        gold.setdefault(row["article"], []).append(row)
    t0 = time.perf_counter()

    def docs():
        for name in names:
            path = POLNEAR / "text" / f"{name}.txt"
            doc = nlp.make_doc(path.read_text(encoding="utf-8"))
            doc._.story = Story(source=str(path), body=doc.text)
            yield doc

    with out.open("w", encoding="utf-8") as fh, kinds_file.open("w", encoding="utf-8") as kf:
        for name, doc in zip(names, nlp.pipe(docs(), batch_size=16)):
            fh.write(json.dumps(doc_to_record(doc).to_dict(), ensure_ascii=False) + "\n")
            for row in gold.get(name, []):
                (s0, s1), = row["source"]["spans"][:1] or [(0, 0)]
                kind, label = source_kind(doc, s0, s1)
                spans = row["content"]["spans"]
                kf.write(json.dumps({"article": name, "id": row["id"], "kind": kind, "label": label,
                                     "source": row["source"]["text"], "cue": (row.get("cue") or {}).get("text", ""),
                                     "content": [spans[0][0], spans[-1][1]]}) + "\n")
    print(f"{len(names)} articles, {time.perf_counter() - t0:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
