"""Quality gate: actor kinds on the hand-labelled actor-kind yardsticks (eval/actor-kinds/), the
stories analysed by the whole pipeline exactly as `coincide analyze` does it.

Each labelled line names a story of ../shared/data and an actor of it with the kind it should have
(`label`); the pipeline is right on a line when the story's record has one actor of that name, of
that kind; wrong when it has one of another kind, or two actors of that name (an identity split in
two); absent when it has none (merged into another actor, as a "Sanders" into "Bernie Sanders", or
no actor). How each set was made and the keep rule it served: docs/speakers.md "Session 32"; repeat
with scripts/actor_kind_changes.py. Floors sit a line under what was measured when they were set.
"""

from __future__ import annotations

import collections
import importlib.util
import json

import pytest

from conftest import REPO, SHARED

pytestmark = pytest.mark.slow  # the pipeline over the stories of each set (40, 77, 11, 57, 32, 79, 55, 15, 76, 26, 20, 31, 27 and 93)


def _script():
    """scripts/actor_kind_changes.py, whose reading of a record and of a labelled line the gate shares."""
    spec = importlib.util.spec_from_file_location("actor_kind_changes", REPO / "scripts" / "actor_kind_changes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# (at least right, at most wrong) per half
FLOORS = {
    # session 32, a surname tagged plural after a given name stays a person's: measured check right
    # 23, wrong 1 (before the rule: right 10, wrong 28); tune right 12, wrong 0 (before: 7, 12)
    "given-name-surname.jsonl": {"check": (22, 2), "tune": (11, 1)},
    # session 32, one name is one actor: measured check right 33, wrong 10 (before: 0 right, every
    # line a name split in two actors); tune right 24, wrong 11. Session 33's rule (below) raised
    # them to check right 37, wrong 7; tune right 27, wrong 8
    "one-name-one-actor.jsonl": {"check": (36, 8), "tune": (26, 9)},
    # session 33, a name that modifies a body ("the Obama administration") does not vote for the
    # merged actor's kind: measured check right 5, wrong 0 (before: right 0, wrong 4); tune right
    # 4, wrong 0 (before: 0, 4)
    "name-modifies-a-body.jsonl": {"check": (4, 1), "tune": (3, 1)},
    # session 33, a named individual of the dictionary that modifies a noun ("a former Obama
    # speechwriter") stays a person: measured check right 26, wrong 0 (before: right 5, wrong
    # 26); tune right 29, wrong 0 (before: 7, 31)
    "listed-person-as-modifier.jsonl": {"check": (25, 1), "tune": (28, 1)},
    # session 33, a name opening with a given name that modifies a noun ("a Donald Trump
    # supporter") stays a person: measured check right 16, wrong 0 (before: right 6, wrong 15);
    # tune right 16, wrong 0 (before: 7, 16)
    "given-name-as-modifier.jsonl": {"check": (15, 1), "tune": (15, 1)},
    # session 34, a name inside a title of several words is a word of the title ("Secretary of
    # State Hillary Clinton" is no "State" and no "of State Hillary Clinton"), scored by presence
    # (a line labelled X is right without the actor): measured check right 38, wrong 2 (before:
    # right 0, wrong 29); tune right 75, wrong 0 (before: 0, 54)
    "title-of-several-words.jsonl": {"check": (37, 3), "tune": (74, 1)},
    # session 34, the rest of a name the tagger left out of a one-word entity ("Islamic" + "State"),
    # by presence: measured check right 36, wrong 7 (before: right 13, wrong 16); tune right 53,
    # wrong 3 (before: 4, 25). Session 35's people rule made two tuning body names groups
    # ("English Partnerships", "Hispanic Patriots": plural NORPs that are no people) and one
    # checking group right ("Democratic Members"): check 37 / 6, tune 51 / 5
    "rest-of-a-name.jsonl": {"check": (36, 7), "tune": (50, 6)},
    # session 34, "Liberal" (ORG) + "Democrat" (NORP) one name, by presence: measured check right
    # 10, wrong 0 (before: right 0, wrong 9); tune right 5, wrong 0 (before: 1, 5)
    "party-word-split.jsonl": {"check": (9, 1), "tune": (4, 1)},
    # session 35, a people named in the plural ("Muslims", "Hispanics") is a group, not an
    # organisation, by presence: measured check right 36, wrong 4 (before: right 0, wrong 40);
    # tune right 35, wrong 4 (before: 2, 38)
    "people-in-the-plural.jsonl": {"check": (35, 5), "tune": (34, 5)},
    # session 35, the field of a secretary ("the Home Secretary") is a word of the title, not a
    # body, by presence: measured check right 13, wrong 0 (before: right 0, wrong 13); tune right
    # 14, wrong 0 (before: 0, 13)
    "field-of-a-secretary.jsonl": {"check": (12, 1), "tune": (13, 1)},
    # session 35, a name after a lower-case stance prefix ("a pro-Clinton super PAC") is no actor,
    # by presence: measured check right 17, wrong 0 (before: right 1, wrong 17); tune right 17,
    # wrong 0 (before: 0, 16)
    "stance-prefix.jsonl": {"check": (16, 1), "tune": (16, 1)},
    # session 35, two parties joined by a hyphen before a noun ("the U.S.-Mexico border") are no
    # body, by presence: measured check right 8, wrong 0 (before: right 0, wrong 8); tune right 12,
    # wrong 0 (before: 0, 12)
    "pair-before-a-noun.jsonl": {"check": (7, 1), "tune": (11, 1)},
    # session 36, a name whose head is a legal instrument ("the Criminal Justice Act", "the
    # Maastricht Treaty") is no actor, by presence: measured check right 13, wrong 1 (before: right
    # 1, wrong 13; the wrong line a "Police" read inside a bill's name once the name is gone); tune
    # right 13, wrong 0 (before: 0, 13)
    "legal-text.jsonl": {"check": (12, 2), "tune": (12, 1)},
    # session 37, a name the tagger calls a body that opens with a given name which is no English
    # word ("Carly Fiorina") is a person's: measured check right 34, wrong 0 (before: right 6,
    # wrong 39); tune right 31, wrong 0 (before: 7, 36)
    "given-name-opens-narrowed.jsonl": {"check": (33, 1), "tune": (30, 1)},
    # session 38, a name WordNet knows in one sense, an act ("Medicare", "NAFTA", "Social
    # Security"), is no actor, by presence: measured check right 39, wrong 0 (before: 0, 39); tune
    # right 44, wrong 0 (before: 0, 44)
    "act-names.jsonl": {"check": (38, 1), "tune": (43, 1)},
    # session 38, a one-word "person" named only as a medium ("said on Twitter") is a body:
    # measured check right 31, wrong 0 (before: 0, 31); tune right 26, wrong 0 (before: 0, 26)
    "medium-named-as-person.jsonl": {"check": (30, 1), "tune": (25, 1)},
    # session 38, a legal-document noun the tagger cut from its modifiers ("a shortened Finance
    # Bill") is no actor, by presence: measured check right 2, wrong 0 (before: 0, 2); tune 2, 0
    "cut-legal-text.jsonl": {"check": (1, 1), "tune": (1, 1)},
}
# the sets about which actors exist at all, scored with `presence` rather than `state`
BY_PRESENCE = {"title-of-several-words.jsonl", "rest-of-a-name.jsonl", "party-word-split.jsonl",
               "people-in-the-plural.jsonl", "field-of-a-secretary.jsonl", "pair-before-a-noun.jsonl",
               "stance-prefix.jsonl", "legal-text.jsonl", "act-names.jsonl",
               "cut-legal-text.jsonl"}


@pytest.mark.parametrize("labels", sorted(FLOORS))
def test_actor_kinds_hold_on_the_labelled_changes(settings, labels):
    from coincide.analyze import analyze_paths

    path = REPO / "eval" / "actor-kinds" / labels
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()[1:] if x.strip()]
    stories = sorted({r["story"] for r in rows})
    paths = [SHARED / "data" / s for s in stories]
    if not all(p.is_file() for p in paths):
        pytest.skip(f"stories of {labels} absent under {SHARED / 'data'}: the actor-kind gate needs them")
    script = _script()
    kinds: dict = {}
    for result in analyze_paths([str(p) for p in paths], settings):
        record = result.to_dict()
        assert "error" not in record, record
        kinds[record["story"]["source"].split("shared/data/", 1)[-1]] = script.kinds_of(record)
    counts: dict = collections.defaultdict(collections.Counter)
    for r in rows:
        actor = kinds[r["story"]].get(r["name"])
        read = script.presence if labels in BY_PRESENCE else script.state
        counts[r["half"]][read(actor["kind"] if actor else None, r["label"])] += 1
    for half, (right, wrong) in FLOORS[labels].items():
        assert counts[half]["right"] >= right and counts[half]["wrong"] <= wrong, (labels, dict(counts))


@pytest.mark.parametrize("kind, label, expected", [
    (None, "X", "right"),  # a name that is no actor's, gone
    ("organization", "X", "wrong"),  # ... still an actor
    ("person", "person", "right"),
    ("organization", "person|group", "wrong"),
    (None, "person", "missed"),  # an actor the run does not have
])
def test_presence_reads_a_line_by_which_actors_exist(kind, label, expected):
    assert _script().presence(kind, label) == expected
