"""coincide_relations: which positions are on one matter, who may be related, and relations
stated by taking sides on what another actor said or put forward. Invented sentences, real model."""

from __future__ import annotations

import pytest

from coincide.nlp.positions import PositionsComponent
from coincide.nlp.relations import Matter, RelationsComponent, same_matter
from stance_helpers import build_doc

ACTORS = {
    "Labour": ("organization", "GBR"),
    "the Tories": ("organization", "GBR"),
    "Michael Howard": ("person", "GBR"),
    "Gordon Brown": ("person", "GBR"),
    "Blair": ("person", "GBR"),
    "Britain": ("country", "GBR"),
    "France": ("country", "FRA"),
    "Germany": ("country", "DEU"),
    "the Lib Dems": ("organization", "GBR"),
}


@pytest.fixture(scope="module")
def model(parse):
    """The bare parser: conftest's `parse`, the model the settings name, loaded once a session."""
    return parse


def relations(model, text, codes=None, actors=ACTORS):
    doc, names = build_doc(model, text, actors)
    for actor in doc._.actors:
        actor.code = (codes or {}).get(actor.name)
    PositionsComponent()(doc)
    RelationsComponent()(doc)
    return {(frozenset(names[a] for a in r.actors), r.relation, r.basis) for r in doc._.relations}, doc


@pytest.mark.parametrize(
    "text, relation",
    [
        # one head, modifiers that do not clash: "the plans" is "the council tax plans"
        ("Labour backed the council tax plans. But the Tories opposed the plans.", "diverge"),
        # two nouns of a measure put forward, in one story: "the bill" is "the measure"
        ("Labour supports the bill. But the Tories oppose the measure.", "diverge"),
        ("Labour supports the new bill. And the Tories support the measure.", "coincide"),
    ],
)
def test_different_wordings_of_one_matter_pair(model, text, relation):
    got, _ = relations(model, text)
    assert (frozenset({"Labour", "the Tories"}), relation, "inferred") in got, got


@pytest.mark.parametrize(
    "text",
    [
        # clashing modifiers: two different plans
        "Labour backed the council tax plans. But the Tories opposed the identity card plans.",
        # a bare act with no object is no matter to meet on
        "Labour supports change. But the Tories oppose change.",
    ],
)
def test_different_matters_do_not_pair(model, text):
    got, _ = relations(model, text)
    assert not [g for g in got if g[2] == "inferred"], got


@pytest.mark.parametrize(
    "a, b, same",
    [
        (Matter("plan", frozenset({"tax", "council"}), 1), Matter("plan", frozenset(), 1), True),
        (Matter("plan", frozenset({"tax"}), 1), Matter("plan", frozenset({"card"}), 1), False),
        (Matter("tax", frozenset({"council"}), 1), Matter("plan", frozenset({"tax", "council"}), 1), True),
        (Matter("bill", frozenset(), 1), Matter("measure", frozenset(), -1), True),
        (Matter("war", frozenset(), 1), Matter("treaty", frozenset(), 1), False),
    ],
)
def test_same_matter(a, b, same):
    assert same_matter(a, b) is same and same_matter(b, a) is same


@pytest.mark.parametrize(
    "text",
    [
        "France wants to withdraw the plan. Germany supports the plan.",
        "France wants to lift the embargo. Germany supports the embargo.",
    ],
)
def test_undoing_a_measure_is_opposing_it(model, text):
    """ "withdraw the plan", "lift the embargo" do the opposite of the plan, the embargo:
    supporting both is a divergence."""
    got, doc = relations(model, text)
    assert (frozenset({"France", "Germany"}), "diverge", "inferred") in got, (got, doc._.position_findings)


def test_one_relation_per_pair_and_matter_whatever_the_wordings(model):
    text = "France backed the tax plans. Germany opposed the proposal. Germany also opposed the tax plans."
    doc, names = build_doc(model, text, ACTORS)
    PositionsComponent()(doc)
    RelationsComponent()(doc)
    inferred = [r for r in doc._.relations if r.basis == "inferred"]
    assert len(inferred) == 1 and inferred[0].relation == "diverge", doc._.relations
    assert len(inferred[0].evidence) == 2 and inferred[0].span == inferred[0].evidence[0]


def test_two_names_of_one_party_are_no_pair(model):
    actors = {"Lib Dems": ("organization", "GBR"), "Lib Dem": ("organization", "GBR"), "Labour": ("organization", "GBR")}
    doc, names = build_doc(model, "The Lib Dems backed the treaty. A Lib Dem spokesman backed the treaty.", actors)
    PositionsComponent()(doc)
    RelationsComponent()(doc)
    assert doc._.relations == [], doc._.relations


@pytest.mark.parametrize(
    "text, codes, related",
    [
        # two politicians of one country with no state office are sides of their own
        ("Michael Howard supports the treaty. Gordon Brown opposes the treaty.", {}, True),
        # two holders of its state office speak for one country
        ("Michael Howard supports the treaty. Gordon Brown opposes the treaty.",
         {"Michael Howard": "GBRGOV", "Gordon Brown": "GBRGOV"}, False),
        # an actor and its own country
        ("Blair supports the treaty. Britain opposes the treaty.", {}, False),
    ],
)
def test_sides(model, text, codes, related):
    got, _ = relations(model, text, codes)
    assert bool([g for g in got if g[2] == "inferred"]) is related, got


def test_a_party_and_the_person_named_in_its_office_are_one_side(model):
    got, _ = relations(model, "Tory leader Michael Howard backed the treaty. And the Tories backed the treaty.")
    assert not [g for g in got if g[0] == frozenset({"Michael Howard", "the Tories"})], got


@pytest.mark.parametrize(
    "text, relation",
    [
        ("France rejected Germany's plan.", "diverge"),
        ("France criticised Germany's remarks on the budget.", "diverge"),
        ("Germany's proposal was attacked by France.", "diverge"),
        ("France backed Germany's proposal.", "coincide"),
        ("France backed Germany's call for new talks.", "coincide"),
        # a verb that undoes or reduces the measure between the stance and it turns the relation
        ("France wants to cut Germany's spending plans.", "diverge"),
        ("France wants to scrap Germany's plan.", "diverge"),
        # the owner in a "from"/"by" phrase: "a request from Y", "the proposal by Y"
        ("France rejected a request from Germany to delay the vote.", "diverge"),
        ("Germany's claims were denied by France.", "diverge"),
    ],
)
def test_taking_sides_on_what_another_put_forward(model, text, relation):
    got, _ = relations(model, text)
    assert (frozenset({"France", "Germany"}), relation, "stated") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "France did not reject Germany's plan.",  # negated: no side taken
        "France criticised Germany.",  # a side on a person, not on a matter: off (see ACTOR_OBJECTS)
    ],
)
def test_no_side_taken_on_a_matter(model, text):
    got, _ = relations(model, text)
    assert not [g for g in got if g[2] == "stated"], got


@pytest.mark.parametrize(
    "text, pair",
    [
        # the noun inside the matter is not what the side is taken on
        ("France defended its criticism of a rule in Germany's policy.", {"France", "Germany"}),
        # a singular possessive bound to its clause's named subject: Blair's own remark (a statement
        # noun the positions rules do not read: "his criticism of" is itself a position since
        # session 48's rule NN, whose owner this test's stub resolves to Michael Howard)
        ("Blair defended his remark about the treaty.", {"Blair", "Michael Howard"}),
    ],
)
def test_whose_statement(model, text, pair):
    doc, names = build_doc(model, text, ACTORS, pronouns={"his": "Michael Howard"})
    PositionsComponent()(doc)
    RelationsComponent()(doc)
    got = {frozenset(names[a] for a in r.actors) for r in doc._.relations}
    assert frozenset(pair) not in got, got


@pytest.mark.parametrize(
    "issue, label",
    [
        ("council tax plan / plan", "council tax plan"),
        ("plan / council tax plan", "council tax plan"),
        ("violence", "violence"),
    ],
)
def test_a_relation_with_two_wordings_is_filed_under_the_fuller_one(issue, label):
    from coincide.compare import relation_label

    assert relation_label(issue) == label


def test_story_facts_file_a_two_wording_relation_under_its_matter():
    """A relation from "the plans" and "the council tax plans" meets "council tax plans" elsewhere."""
    from coincide.compare import matter_key, story_facts
    from coincide.records import StoryRecord

    body = "Labour backed the council tax plans. But the Tories opposed the plans."
    record = {
        "story": {"id": "s1", "body": body},
        "actors": [{"id": "a1", "name": "Labour", "kind": "organization"},
                   {"id": "a2", "name": "the Tories", "kind": "organization"}],
        "positions": [],
        "relations": [{"actors": ["a1", "a2"], "relation": "diverge", "issue": "plan / council tax plan",
                       "basis": "inferred", "span": None, "evidence": [[0, 35], [36, 70]]}],
    }
    _, pairs = story_facts(StoryRecord.from_dict(record))
    assert [(p.matter, p.label, p.relation) for p in pairs] == [
        (matter_key("council tax plan")[0], "council tax plan", "diverge")]


def test_a_stand_on_an_actor_and_on_their_remarks_is_one_matter(model):
    """Attacking Howard and condemning his remarks are one stand: the two attackers coincide."""
    text = "Labour criticised Michael Howard. And the Lib Dems condemned his remarks."
    doc, names = build_doc(model, text, ACTORS, pronouns={"his": "Michael Howard"})
    PositionsComponent()(doc)
    RelationsComponent()(doc)
    got = {(frozenset(names[a] for a in r.actors), r.relation) for r in doc._.relations}
    assert (frozenset({"Labour", "the Lib Dems"}), "coincide") in got, (got, doc._.position_findings)


def test_a_conjunction_is_no_side_against_its_own_conjuncts(model):
    """ "the Tories and Lib Dems" is the group of both parties: no relation with either."""
    actors = {"Tories and Lib Dems": ("organization", "GBR"), "Lib Dems": ("organization", "GBR"),
              "Labour": ("organization", "GBR")}
    text = "The Tories and Lib Dems backed the inquiry. The Lib Dems backed the inquiry. Labour opposed the inquiry."
    doc, names = build_doc(model, text, actors)
    PositionsComponent()(doc)
    RelationsComponent()(doc)
    got = {frozenset(names[a] for a in r.actors) for r in doc._.relations}
    assert frozenset({"Tories and Lib Dems", "Lib Dems"}) not in got, got
    assert frozenset({"Labour", "Lib Dems"}) in got, (got, doc._.position_findings)


@pytest.mark.parametrize(
    "text, quotes, related",
    [
        # "those remarks", "the remarks": what the speaker of the latest quotation said
        ('Blair said the treaty was "a disgrace to Europe". France condemned those remarks on Monday.',
         [("Blair", "a disgrace to Europe", "partial")], True),
        ('Blair said the treaty was "a disgrace to Europe". France condemned the remarks on Monday.',
         [("Blair", "a disgrace to Europe", "partial")], True),
        # no quotation before: nobody's remarks
        ("France condemned those remarks on Monday.", [], False),
        # a measure is not something said: "those plans" are not the last speaker's
        ('Blair said the treaty was "a disgrace to Europe". France condemned those plans on Monday.',
         [("Blair", "a disgrace to Europe", "partial")], False),
    ],
)
def test_statements_pointed_back_to_are_the_last_speakers(model, text, quotes, related):
    doc, names = build_doc(model, text, ACTORS, quotes=quotes)
    PositionsComponent()(doc)
    RelationsComponent()(doc)
    got = {(frozenset(names[a] for a in r.actors), r.relation, r.basis) for r in doc._.relations}
    assert ((frozenset({"Blair", "France"}), "diverge", "stated") in got) is related, got


def test_an_evaluation_worded_at_anothers_statement_relates_the_two(model):
    """A finding whose trigger is the statement itself ("Germany's remarks were a disgrace", an
    evaluation worded at the noun) relates its holder and the statement's owner."""
    from coincide.nlp.positions import PositionFinding

    text = "Germany's remarks were a disgrace, France said."
    doc, names = build_doc(model, text, ACTORS)
    remarks = next(t for t in doc if t.text == "remarks")
    france = next(a.id for a in doc._.actors if a.name == "France")
    doc._.position_findings = [PositionFinding((france,), "oppose", "remark", "+remark",
                                               (0, len(text)), False, None, remarks.idx)]
    RelationsComponent()(doc)
    got = {(frozenset(names[a] for a in r.actors), r.relation, r.basis) for r in doc._.relations}
    assert (frozenset({"France", "Germany"}), "diverge", "stated") in got, got


@pytest.mark.parametrize(
    "text, related",
    [
        # "the plan" points back to the plan the story gave an owner: Labour's
        ("Labour unveiled its tax plan on Monday. Then the Tories rejected the plan.", True),
        ("Labour unveiled its tax plan on Monday. On Tuesday, the Tories rejected this plan.", True),
        # no earlier owner: nobody's plan
        ("On Monday the Tories rejected the plan.", False),
        # an owner in the same sentence is not pointed back to ("the plan" there is another's)
        ("Then the Tories rejected the plan, not Labour's tax plan.", False),
    ],
)
def test_a_measure_pointed_back_to_is_its_earlier_owners(model, text, related):
    doc, names = build_doc(model, text, ACTORS, pronouns={"its": "Labour"})
    PositionsComponent()(doc)
    RelationsComponent()(doc)
    got = {(frozenset(names[a] for a in r.actors), r.relation, r.basis) for r in doc._.relations}
    assert ((frozenset({"Labour", "the Tories"}), "diverge", "stated") in got) is related, (got, doc._.position_findings)


@pytest.mark.parametrize(
    "text, related",
    [
        # the issue is the subject the evaluation is predicated of: "those remarks are ..." is a
        # stand on the remarks, pointed back to the last speaker's
        ('Blair said the treaty was "a disgrace to Europe". "Those remarks are well over the line," France said.', True),
        # the issue is an object: the clause's verb governs it, as before
        ('Blair said the treaty was "a disgrace to Europe". "We condemned the budget," France said.', False),
    ],
)
def test_a_classifier_position_on_the_subject_of_its_clause(model, text, related):
    """A position another component put on doc._.positions (a sentence span, a noun phrase as
    issue), related with all_positions: when its issue is the subject of its clause, the noun is
    the trigger, so its owner is found as for a rule finding's "his disgraceful remarks"."""
    from coincide.records import Position

    quotes = [("Blair", "a disgrace to Europe", "partial")]
    doc, names = build_doc(model, text, ACTORS, quotes=quotes)
    france = next(a.id for a in doc._.actors if a.name == "France")
    start = text.index('"', text.index("Europe") + 8)
    issue = "remark" if "remarks" in text else "budget"
    doc._.position_findings = []
    doc._.positions = [Position(france, "oppose", issue, text[start:], (start, len(text)))]
    RelationsComponent(all_positions=True)(doc)
    got = {(frozenset(names[a] for a in r.actors), r.relation, r.basis) for r in doc._.relations}
    assert ((frozenset({"Blair", "France"}), "diverge", "stated") in got) is related, got


COURTS = {
    "the Supreme Court": ("government", "USA"),
    "the government": ("government", "USA"),
    "the district court": ("government", "USA"),
    "the district court judge": ("person", "USA"),
}
COURT_CODES = {"the Supreme Court": "USAJUD", "the government": "USAGOV", "the district court": "USAJUD",
               "the district court judge": "USAJUD"}


US_ACTORS = {
    "Jane Hollis": ("person", "USA"),
    "Tom Varga": ("person", "USA"),
    "Democrats": ("organization", "USA"),
    "Republicans": ("organization", "USA"),
}
COURTS_ = (COURTS, COURT_CODES)
US_ = (US_ACTORS, {})


@pytest.mark.parametrize(
    "story_actors, text, pair, related",
    [
        # a court is no spokesman of its country: it rules against the government's own law
        (COURTS_, "On Monday the government backed the voting law. But the Supreme Court opposed the voting law.",
         {"the government", "the Supreme Court"}, True),
        # two courts overrule one another
        (COURTS_, "On Monday the district court backed the voting law. But the Supreme Court opposed the voting law.",
         {"the district court", "the Supreme Court"}, True),
        # a judge is the court the title names: one bench
        (COURTS_, "On Monday the district court judge backed the voting law. And the district court backed the voting law.",
         {"the district court judge", "the district court"}, False),
        # two members of one party (the letter after the name) who agree are their party speaking
        (US_, "Rep. Jane Hollis (R-Ohio) backed the farm bill. Rep. Tom Varga (R-Texas) backed the farm bill.",
         {"Jane Hollis", "Tom Varga"}, False),
        (US_, "Sen. Jane Hollis, D-N.Y., opposed the farm bill. Sen. Tom Varga, D-Vt., opposed the farm bill.",
         {"Jane Hollis", "Tom Varga"}, False),
        # of two parties, they are two sides that meet
        (US_, "Rep. Jane Hollis (D-Ohio) backed the farm bill. Rep. Tom Varga (R-Texas) backed the farm bill.",
         {"Jane Hollis", "Tom Varga"}, True),
        # two of one party who disagree are a split in it
        (US_, "Rep. Jane Hollis (R-Ohio) backed the farm bill. Rep. Tom Varga (R-Texas) opposed the farm bill.",
         {"Jane Hollis", "Tom Varga"}, True),
        # a member and the party the letter names are one side
        (US_, "Rep. Jane Hollis (D-Ohio) opposed the farm bill. Democrats opposed the farm bill.",
         {"Jane Hollis", "Democrats"}, False),
        (US_, "Rep. Jane Hollis (R-Ohio) opposed the farm bill. Democrats opposed the farm bill.",
         {"Jane Hollis", "Democrats"}, True),
    ],
)
def test_sides_of_their_own(model, story_actors, text, pair, related):
    """The judiciary is a side of its own; a party's members who agree are the party speaking."""
    actors, codes = story_actors
    got, doc = relations(model, text, codes, actors)
    assert (frozenset(pair) in {g[0] for g in got}) is related, (got, doc._.position_findings)


def test_a_holder_who_wants_a_matter_both_ways_meets_nobody_on_it(model):
    """A holder with both stances on one matter (changed course, or reported both ways) has no side
    on it: no inferred relation with them there; the others still pair."""
    text = ("Labour backed the council tax plans in May. In June Labour opposed the plans. "
            "But the Lib Dems opposed the plans. And the Tories backed the plans.")
    got, _ = relations(model, text)
    assert not any(frozenset({"Labour", other}) == pair for pair, _, _ in got for other in ("the Tories", "the Lib Dems")), got
    assert (frozenset({"the Lib Dems", "the Tories"}), "diverge", "inferred") in got, got


def test_one_stance_on_a_matter_still_pairs(model):
    text = "Labour backed the council tax plans in May. But the Lib Dems opposed the plans."
    got, _ = relations(model, text)
    assert (frozenset({"Labour", "the Lib Dems"}), "diverge", "inferred") in got, got


@pytest.mark.parametrize(
    "text, pair, relation",
    [
        # "called X a Y": the evaluation judges the object, so X's owner is related
        ("France called Labour's plan a disgrace.", {"France", "Labour"}, "diverge"),
        # "Monday's decision" is the last decider's: the Tories decided
        ("On Monday the Tories decided to scrap the council tax. Labour condemned Monday's decision.",
         {"Labour", "the Tories"}, "diverge"),
        ("On Monday the Tories decided to scrap the council tax. Labour welcomed Monday's decision.",
         {"Labour", "the Tories"}, "coincide"),
    ],
)
def test_a_judged_decision_is_its_deciders(model, text, pair, relation):
    got, doc = relations(model, text)
    assert (frozenset(pair), relation, "stated") in got, (got, doc._.position_findings)


def test_a_decision_nobody_made_in_the_story_is_nobodys(model):
    got, doc = relations(model, "Labour condemned Monday's decision. The Tories met on Monday.")
    assert not any("Labour" in pair for pair, _, _ in got), got


def _matter(words: str, owner: str | None = None) -> Matter:
    *mods, head = words.split()
    return Matter(head, frozenset(mods), 1, owner)


def _pairwise_groups(matters: list[Matter]) -> list[frozenset[int]]:
    """The groups by the definition: every pair that same_matter joins, chained (a walk over all
    pairs, the reference the indexed grouping must equal)."""
    groups = [{i} for i in range(len(matters))]
    for i in range(len(matters)):
        for j in range(i):
            if same_matter(matters[i], matters[j]):
                gi = next(g for g in groups if i in g)
                gj = next(g for g in groups if j in g)
                if gi is not gj:
                    gi |= gj
                    groups.remove(gj)
    return sorted(sorted(g) for g in groups)


@pytest.mark.parametrize(
    "wordings, groups",
    [
        # a bare head meets every wording of that head, whatever their modifiers
        (["tax", "council tax", "income tax"], [{0, 1, 2}]),
        # with clashing modifiers and no bare one, one head is two matters
        (["council tax", "income tax"], [{0}, {1}]),
        # a head that is another's modifier joins it ("council tax" ~ "council tax plans"), and
        # through it every wording of that head
        (["council tax", "council tax plan", "income tax"], [{0, 1, 2}]),
        (["council tax plan", "id card plan"], [{0}, {1}]),
        (["tax", "council tax plan", "id card plan"], [{0, 1}, {2}]),
        # two proposal nouns are one measure unless their modifiers clash
        (["plan", "tax bill", "card measure"], [{0, 1, 2}]),
        (["tax bill", "card measure", "tax proposal"], [{0, 2}, {1}]),
        (["war", "peace"], [{0}, {1}]),
    ],
)
def test_matter_groups_by_index_are_the_pairwise_groups(wordings, groups):
    from coincide.nlp.positions import PositionFinding
    from coincide.nlp.relations import _matter_groups

    matters = [_matter(w) for w in wordings]
    items = [(PositionFinding(("a",), "support", w, f"+{w}#{i}", (0, 1), False, None, 0), m)
             for i, (w, m) in enumerate(zip(wordings, matters))]
    got = _matter_groups(items)
    by_number: dict[int, set[int]] = {}
    for i, g in enumerate(got):
        by_number.setdefault(g, set()).add(i)
    assert sorted(sorted(g) for g in by_number.values()) == sorted(sorted(g) for g in groups)
    assert sorted(sorted(g) for g in by_number.values()) == _pairwise_groups(matters)



@pytest.mark.parametrize(
    "text, pair",
    [
        # a modifier that names an actor of the story says whose or where the measure is, not which
        # kind: "the France bill" and "the climate measure" are one measure put forward, as "the
        # bill" and "the climate measure" are
        ("Labour backed the France bill. But the Tories opposed the climate measure.", {"Labour", "the Tories"}),
        ("Britain backed the Labour plan. But Germany opposed the tax proposal.", {"Britain", "Germany"}),
    ],
)
def test_a_modifier_naming_an_actor_does_not_clash(model, text, pair):
    got, doc = relations(model, text)
    assert (frozenset(pair), "diverge", "inferred") in got, (got, doc._.position_findings)
