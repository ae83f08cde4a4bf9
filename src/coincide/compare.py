"""Across stories: an actor's positions, and where two actors coincide or diverge.

Works on story records (dicts, as the archive stores them and `analyze --json` prints them), so the
same code answers from the archive or from files given with --from. Actors are matched across
stories by name, alias or ISO3 code; a person counts for their country (Putin speaks for Russia), so
`compare RUS USA` includes what Putin and Obama said.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from .errors import CoincideError


class ActorLookupError(CoincideError):
    """An actor name matched nothing, or more than one actor."""


def _norm(text: str) -> str:
    return re.sub(r"[^\w]+", " ", (text or "").lower()).strip()


@dataclass
class ActorQuery:
    """Which actors of a story a user's name stands for."""

    text: str
    country: str | None = None  # an ISO3 code: every actor affiliated to it
    names: set[str] = field(default_factory=set)  # normalised canonical names

    @property
    def label(self) -> str:
        return self.country or sorted(self.names)[0] if (self.country or self.names) else self.text

    def matches(self, actor: dict[str, Any]) -> bool:
        if self.country and (actor.get("country") or "").upper() == self.country:
            return True
        forms = {_norm(actor.get("name", ""))} | {_norm(a) for a in actor.get("aliases") or []}
        return bool(forms & self.names)


def resolve_actor(text: str, records: list[dict[str, Any]]) -> ActorQuery:
    """A name, alias or ISO3 code -> an ActorQuery; a clear error when unknown or ambiguous."""
    want = _norm(text)
    if not want:
        raise ActorLookupError("an actor name is empty")
    countries = {(a.get("country") or "").upper() for r in records for a in r.get("actors") or []} - {""}
    if re.fullmatch(r"[A-Za-z]{3}", text) and text.upper() in countries:
        return ActorQuery(text, country=text.upper())

    canonical: dict[str, set[str]] = defaultdict(set)  # canonical name -> its surface forms
    for r in records:
        for a in r.get("actors") or []:
            name = _norm(a.get("name", ""))
            canonical[name] |= {name} | {_norm(x) for x in a.get("aliases") or []}

    exact = {name for name, forms in canonical.items() if want in forms}
    if len(exact) == 1:
        return ActorQuery(text, names=exact | canonical[next(iter(exact))])
    words = set(want.split())
    partial = exact or {name for name, forms in canonical.items() if any(words <= set(f.split()) for f in forms)}
    if not partial:
        close = difflib.get_close_matches(want, list(canonical), n=5, cutoff=0.8)
        partial = set(close)
    if not partial:
        hint = difflib.get_close_matches(want, list(canonical), n=3, cutoff=0.5)
        raise ActorLookupError(
            f"no actor called {text!r} in the stories" + (f"; did you mean {', '.join(sorted(hint))}?" if hint else "")
        )
    if len(partial) > 1:
        # One actor named in many stories often has short and long names ("Blair", "Tony Blair"):
        # they are one when every candidate's words sit inside the longest.
        longest = max(partial, key=len)
        if all(set(p.split()) <= set(longest.split()) for p in partial):
            return ActorQuery(text, names=set().union(*(canonical[p] for p in partial)))
        raise ActorLookupError(f"{text!r} is ambiguous: {', '.join(sorted(partial)[:8])}; say which")
    return ActorQuery(text, names=set().union(*(canonical[p] for p in partial)))


def _sentence_around(body: str, span: list[int] | tuple[int, int] | None) -> str:
    if not span:
        return ""
    start, end = span
    left = max(body.rfind(". ", 0, start), body.rfind("\n", 0, start))
    right_candidates = [i for i in (body.find(". ", end), body.find("\n", end)) if i != -1]
    right = min(right_candidates) + 1 if right_candidates else len(body)
    return " ".join(body[left + 1:right].split())


@dataclass
class Evidence:
    story_id: str
    title: str | None
    published: str | None
    text: str


@dataclass
class IssueComparison:
    issue: str
    relation: str  # coincide | diverge
    evidence: list[Evidence] = field(default_factory=list)
    stated: int = 0
    inferred: int = 0

    @property
    def strength(self) -> int:
        # a relation the text states outweighs one we infer from two positions
        return 2 * self.stated + self.inferred


OPPOSITE = {("support", "oppose"), ("oppose", "support")}


def compare(
    records: Iterable[dict[str, Any]], a: ActorQuery, b: ActorQuery, issue: str | None = None,
    since: str | None = None, until: str | None = None,
) -> list[IssueComparison]:
    found: dict[tuple[str, str], IssueComparison] = {}
    for r in records:
        story = r.get("story") or {}
        published = story.get("published") or ""
        if since and published and published[: len(since)] < since:
            continue
        if until and published and published[: len(until)] > until:
            continue
        actors = {x["id"]: x for x in r.get("actors") or []}
        in_a = {i for i, x in actors.items() if a.matches(x)}
        in_b = {i for i, x in actors.items() if b.matches(x)}
        if not in_a or not in_b:
            continue
        body = story.get("body") or ""

        def note(label: str, relation: str, basis: str, spans: list) -> None:
            if issue and _norm(issue) not in _norm(label):
                return
            item = found.setdefault((label, relation), IssueComparison(label, relation))
            setattr(item, basis, getattr(item, basis) + 1)
            for span in spans:
                text = _sentence_around(body, span)
                if text and all(e.text != text for e in item.evidence):
                    item.evidence.append(Evidence(story.get("id", ""), story.get("title"), published[:10] or None, text))

        for rel in r.get("relations") or []:
            pair = rel.get("actors") or []
            if len(pair) == 2 and ((pair[0] in in_a and pair[1] in in_b) or (pair[0] in in_b and pair[1] in in_a)):
                spans = [rel.get("span")] + list(rel.get("evidence") or [])
                note(rel.get("issue") or "overall", rel["relation"], "stated" if rel.get("basis") == "stated" else "inferred", [s for s in spans if s])

        positions = r.get("positions") or []
        by_issue: dict[str, tuple[list, list]] = defaultdict(lambda: ([], []))
        for p in positions:
            if p.get("holder") in in_a:
                by_issue[p["issue"]][0].append(p)
            if p.get("holder") in in_b:
                by_issue[p["issue"]][1].append(p)
        for label, (pa, pb) in by_issue.items():
            for x in pa:
                for y in pb:
                    if x is y:
                        continue
                    if x["stance"] == y["stance"] and x["stance"] != "neutral":
                        note(label, "coincide", "inferred", [x["span"], y["span"]])
                    elif (x["stance"], y["stance"]) in OPPOSITE:
                        note(label, "diverge", "inferred", [x["span"], y["span"]])
    return sorted(found.values(), key=lambda c: (-c.strength, c.relation, c.issue))


def positions_of(records: Iterable[dict[str, Any]], who: ActorQuery) -> dict[str, list[dict[str, Any]]]:
    """An actor's positions across stories, by issue."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in records:
        story = r.get("story") or {}
        actors = {x["id"]: x for x in r.get("actors") or []}
        for p in r.get("positions") or []:
            holder = actors.get(p.get("holder"))
            if holder and who.matches(holder):
                out[p["issue"]].append({
                    "holder": holder.get("name"), "stance": p["stance"], "statement": p.get("statement"),
                    "story": story.get("title"), "published": (story.get("published") or "")[:10] or None,
                    "evidence": _sentence_around(story.get("body") or "", p.get("span")),
                })
    return dict(sorted(out.items(), key=lambda kv: -len(kv[1])))
