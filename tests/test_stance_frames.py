"""Stance frames of issue 13 on invented sentences: enacted stances, demands, criticism and
evaluations, each with the pattern it reads. Actors are given by hand (stance_helpers.build_doc) so
each case tests the positions rules alone; the parse is the real model's."""

from __future__ import annotations

import pytest

from coincide.nlp.positions import PositionsComponent
from stance_helpers import build_doc

ACTORS = {
    "Labour": ("organization", "GBR"),
    "the government": ("government", "GBR"),
    "the council": ("government", "GBR"),
    "Blair": ("person", "GBR"),
    "Howard": ("person", "GBR"),
    "Kennedy": ("person", "GBR"),
    "Ms Reed": ("person", "USA"),
    "the union": ("organization", "GBR"),
}


@pytest.fixture(scope="module")
def model(parse):
    """The bare parser: conftest's `parse`, the model the settings name, loaded once a session."""
    return parse


def positions(model, text, **kw):
    doc, names = build_doc(model, text, kw.pop("actors", ACTORS), **kw)
    PositionsComponent()(doc)
    body = doc.text
    return [(names[p.holder], p.stance, p.issue, body[p.span[0]:p.span[1]]) for p in doc._.positions]


def assert_position(got, holder, stance, about):
    assert any(h == holder and s == stance and about in i for h, s, i, _ in got), got
    assert not any(h == holder and s != stance and about in i for h, s, i, _ in got), got


# Enacted stances: a verb of enacting or undoing with a plan, law or ruling as its object
# (stance.toml [verbs] with frame dobj:policy; [policy_nouns], [policy_parts]).
@pytest.mark.parametrize(
    "text, holder, stance, about",
    [
        ("On Tuesday the council passed the parking bill.", "the council", "support", "parking bill"),
        ("In 2004 the government repealed the hunting ban.", "the government", "oppose", "hunting ban"),
        ("Blair signed a new version of the licensing law.", "Blair", "support", "licensing law"),
        ("Ms Reed said the union will appeal the tribunal ruling.", "the union", "oppose", "tribunal ruling"),
        ("Labour scrapped its housing policy.", "Labour", "oppose", "housing policy"),
        # passive and reduced relative: the by-agent enacts
        ("The fishing treaty was ratified by the government.", "the government", "support", "fishing treaty"),
        ("The rail bill, signed by Blair last week, angered unions.", "Blair", "support", "rail bill"),
        # a side relative to the target: CAMEO's undoing verbs oppose, its defending verbs support
        ("In May the council rescinded the parking policy.", "the council", "oppose", "parking policy"),
        ("Last year the government quashed the planning decision.", "the government", "oppose", "planning decision"),
        ("Kennedy protected the welfare budget.", "Kennedy", "support", "welfare budget"),
        ("Until now the union safeguarded the pension scheme.", "the union", "support", "pension scheme"),
    ],
)
def test_enacted_stance(model, text, holder, stance, about):
    assert_position(positions(model, text), holder, stance, about)


@pytest.mark.parametrize(
    "text",
    [
        "Blair signed the visitors' book.",  # a book is no plan or law
        "Kennedy passed the ball to Howard.",  # nor is a ball
        "The union launched a website.",
        "Kennedy protected the children from the storm.",  # children are no plan
        "Labour may scrap the housing policy.",  # a possibility is not a stance
    ],
)
def test_enacting_verb_without_a_measure_gives_nothing(model, text):
    assert positions(model, text) == []


def test_enacting_verb_inside_a_chain_is_the_matter(model):
    # "planned to sign X": one support for signing X, not a second stance read off "sign" alone
    got = positions(model, "Blair planned to sign the rail bill.")
    assert [(h, s) for h, s, _, _ in got] == [("Blair", "support")], got
    # "has the intention to scrap the tax": support for scrapping it, not opposition to the tax
    got = positions(model, "Howard has the intention to scrap the council tax.")
    assert [(h, s) for h, s, _, _ in got] == [("Howard", "support")], got


# Naming frames ("call X Y", "describe X as Y"): the verb says an evaluation is given, the general
# valence lexicon (lexicon/valence.toml, VADER) which way; an actor named as object is a target.
@pytest.mark.parametrize(
    "text, holder, stance, about",
    [
        ("Kennedy called the pension deal a huge win for savers.", "Kennedy", "support", "pension deal"),
        ("Blair called the parking plan a bad piece of legislation.", "Blair", "oppose", "parking plan"),
        ("Ms Reed described Howard as a fraud.", "Ms Reed", "oppose", "Howard"),
        ("Howard called Kennedy a champion of working families.", "Howard", "support", "Kennedy"),
    ],
)
def test_naming_frame_with_valence(model, text, holder, stance, about):
    assert_position(positions(model, text), holder, stance, about)


@pytest.mark.parametrize(
    "text",
    [
        "Howard called Kennedy on Friday.",  # no second predicate
        "Blair called the parking plan a first step.",  # a predicate with no valence
        "Blair did not call the parking plan a disaster.",  # negated
        "Ms Reed described the win as a surprise to the club.",  # no side on a plan or actor: "win" is the object
    ],
)
def test_naming_frame_without_a_judgement_gives_nothing(model, text):
    assert positions(model, text) == []


# The controller of an adjunct gerund: a gerund without its own subject hanging on a verb (advcl) or
# on a preposition of that verb (pcomp) is done by that verb's subject, or by-agent when passive.
@pytest.mark.parametrize(
    "text, holder, stance, about",
    [
        ("A complaint was lodged by the union, demanding an inquiry into the closures.", "the union", "support", "inquiry"),
        ("Blair signed the rail bill a day after refusing to sign the first draft.", "Blair", "oppose", "sign"),
        ("Kennedy spoke for an hour, urging voters to reject the parking plan.", "Kennedy", "support", "reject"),
    ],
)
def test_adjunct_gerund_takes_the_main_subject(model, text, holder, stance, about):
    assert_position(positions(model, text), holder, stance, about)


def test_adjunct_gerund_with_its_own_subject_is_not_the_main_subject(model):
    got = positions(model, "Blair left early, with Kennedy demanding an inquiry into the closures.")
    assert not any(h == "Blair" for h, _, _, _ in got), got


def test_obligation_in_a_quote_spans_its_clause_not_the_reason(model):
    # a position's span is the words that support it: the obligation, not the reason hung on it
    text = '"Labour should scrap the council tax, because it hurts pensioners," Blair said.'
    quoted = "Labour should scrap the council tax, because it hurts pensioners,"
    got = positions(model, text, quotes=[("Blair", quoted, "direct")])
    spans = [sp for h, s, _, sp in got if h == "Blair" and s == "support"]
    assert spans and all("scrap the council tax" in sp and "because" not in sp for sp in spans), got


# "X is right/wrong to V": an evaluative predicate of an actor with the act as its infinitive judges
# the act; the speaker holds the view, the actor's act is the matter.
@pytest.mark.parametrize(
    "text, holder, stance, about",
    [
        ("Blair said Labour was right to scrap the council tax.", "Blair", "support", "scrap council tax"),
        ("Howard said Kennedy was wrong to oppose the rail bill.", "Howard", "oppose", "oppose rail bill"),
    ],
)
def test_actor_right_or_wrong_to_act(model, text, holder, stance, about):
    assert_position(positions(model, text), holder, stance, about)


def test_actor_judged_without_an_act_is_no_position_on_a_matter(model):
    assert positions(model, "Blair said Kennedy was wrong.") == []


EU = {
    "Merkel": ("person", "DEU"),
    "Hollande": ("person", "FRA"),
    "Germany": ("country", "DEU"),
    "France": ("country", "FRA"),
}


def test_reported_gerund_stances_and_a_pronoun_target_from_the_parallel_act(model):
    # support/oppose with a gerund complement; "arming them" names the act last named in full
    text = "Merkel said Germany opposed arming the Syrian rebels. Hollande said France supported arming them."
    got = positions(model, text, actors=EU)
    assert_position(got, "Germany", "oppose", "arm syrian rebel")
    assert_position(got, "France", "support", "arm syrian rebel")


def test_pronoun_target_without_a_parallel_act_gives_nothing(model):
    got = positions(model, "Hollande said France supported arming them.", actors=EU)
    assert got == [], got


# The subject of a relative clause ("who", "which", "that") is the noun the clause modifies.
@pytest.mark.parametrize(
    "text, holder, stance, about",
    [
        ("The bill was attacked by Kennedy, who accused Labour of raising council tax.", "Kennedy", "oppose", "raise council tax"),
        ("Voters turned to the union, which opposed the parking plan.", "the union", "oppose", "parking plan"),
    ],
)
def test_relative_clause_subject_is_its_antecedent(model, text, holder, stance, about):
    assert_position(positions(model, text), holder, stance, about)


# Nouns of deciding, offering and refusing with an infinitive, owned by an actor ("Labour's
# decision to scrap the tax") or carried by a verb ("made an offer to extend the powers").
@pytest.mark.parametrize(
    "text, holder, stance, about",
    [
        ("Labour's decision to scrap the council tax was announced on Monday.", "Labour", "support", "scrap council tax"),
        ("Howard's refusal to back the parking plan surprised nobody.", "Howard", "oppose", "parking plan"),
        ("The government made an offer to extend the existing powers.", "the government", "support", "extend"),
    ],
)
def test_owned_decision_or_refusal(model, text, holder, stance, about):
    got = positions(model, text, actors=dict(ACTORS, **{"The government": ("government", "GBR")}))
    assert_position(got, holder if holder != "the government" else "The government", stance, about)


def test_a_decision_nobody_owns_is_no_position(model):
    assert positions(model, "The decision to scrap the council tax angered pensioners.") == []


# "in support of" / "in opposition to", read like "in favour of": the verb's subject holds it.
@pytest.mark.parametrize(
    "text, holder, stance, about",
    [
        ("Labour voted in support of the housing bill.", "Labour", "support", "housing bill"),
        ("Blair spoke in opposition to the war in Iraq.", "Blair", "oppose", "war"),
    ],
)
def test_in_support_of_and_in_opposition_to(model, text, holder, stance, about):
    assert_position(positions(model, text), holder, stance, about)


def test_support_as_a_plain_noun_is_no_stance(model):
    assert positions(model, "Kennedy needs the support of voters in the north.") == []


# News verbs of sharp criticism and of promotion.
@pytest.mark.parametrize(
    "text, holder, stance, about",
    [
        ("Kennedy blasted the parking plan on Monday.", "Kennedy", "oppose", "parking plan"),
        ("Howard ripped the housing bill as a giveaway.", "Howard", "oppose", "housing bill"),
        ("Blair touted the new pension scheme.", "Blair", "support", "pension scheme"),
        ("Labour embraced the rail reform.", "Labour", "support", "rail reform"),
    ],
)
def test_news_verbs_of_criticism_and_promotion(model, text, holder, stance, about):
    assert_position(positions(model, text), holder, stance, about)


def test_ripping_a_thing_that_is_no_plan_is_no_stance(model):
    assert positions(model, "Howard ripped the envelope open.") == []


# Verbs of liking and loathing with an object (VerbNet admire-31.2; stance.toml [verbs]): the
# attitude is the side, and a present negated one ("does not condone") the other side.
@pytest.mark.parametrize(
    "text, holder, stance, about",
    [
        ("Kennedy despises the parking charges.", "Kennedy", "oppose", "parking charge"),
        ("Ms Reed said she abhors the hunting ban.", "Ms Reed", "oppose", "hunting ban"),
        ("Labour admires the Danish welfare model.", "Labour", "support", "welfare model"),
        ("Kennedy does not condone the wildcat strike.", "Kennedy", "oppose", "strike"),
    ],
)
def test_verbs_of_liking_and_loathing(model, text, holder, stance, about):
    got = positions(model, text, pronouns={"she": "Ms Reed"} if " she " in text else None)
    assert_position(got, holder, stance, about)


# "sponsor" with a plan or law (CAMEO SPONSOR; frame dobj:policy): the sponsor stands for it, in
# the active, the passive and the reduced relative; sponsoring talks or a team is no side.
@pytest.mark.parametrize(
    "text, holder, stance, about",
    [
        ("Kennedy sponsored the rent control bill.", "Kennedy", "support", "rent control bill"),
        ("The rent control bill, sponsored by Kennedy, passed on Friday.", "Kennedy", "support", "rent control bill"),
    ],
)
def test_the_sponsor_of_a_bill_stands_for_it(model, text, holder, stance, about):
    assert_position(positions(model, text), holder, stance, about)


def test_sponsoring_talks_is_no_side(model):
    assert positions(model, "Kennedy sponsored the peace talks in Geneva.") == []


# "ask" with an object and its act (CAMEO ASK, an appeal; frame obj+xcomp): a request for the act.
# Asking a question or for comment takes no side, and not asking is silence (stance.toml [advocacy]).
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kennedy asked the council to scrap the parking charges.", {"support"}),
        ("Kennedy asked Blair whether the parking charges would rise.", set()),
        ("Kennedy did not ask the council to scrap the parking charges.", set()),
    ],
)
def test_asking_for_an_act(model, text, expected):
    got = positions(model, text)
    sides = {s for h, s, i, _ in got if h == "Kennedy" and "parking charge" in i and s in ("support", "oppose")}
    assert sides == expected, got


# The noun "appeal" for a thing, made or owned, as "a call for" (stance.toml [nouns]).
@pytest.mark.parametrize(
    "text",
    [
        "Kennedy made an appeal for a ceasefire in the region.",
        "Kennedy's appeal for a ceasefire in the region was ignored.",
    ],
)
def test_an_appeal_for_a_thing(model, text):
    got = positions(model, text, pronouns={"his": "Kennedy"})
    assert_position(got, "Kennedy", "support", "ceasefire")
