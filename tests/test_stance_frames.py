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


# Each frame the positions rules read, one invented sentence per row: (text, holder, stance, a
# word of the issue). The id names the frame; the comment above a group names the pattern and where
# its words live. One test reads them all, so a new frame is a row, not a new function.
FRAMES = [
    # Enacted stances: a verb of enacting or undoing with a plan, law or ruling as its object
    # (stance.toml [verbs] with frame dobj:policy; [policy_nouns], [policy_parts]).
    pytest.param("On Tuesday the council passed the parking bill.", "the council", "support", "parking bill", id="enacted"),
    pytest.param("In 2004 the government repealed the hunting ban.", "the government", "oppose", "hunting ban", id="enacted-undo"),
    pytest.param("Blair signed a new version of the licensing law.", "Blair", "support", "licensing law", id="enacted-part"),
    pytest.param("Ms Reed said the union will appeal the tribunal ruling.", "the union", "oppose", "tribunal ruling", id="enacted-reported"),
    pytest.param("Labour scrapped its housing policy.", "Labour", "oppose", "housing policy", id="enacted-scrap"),
    # passive and reduced relative: the by-agent enacts
    pytest.param("The fishing treaty was ratified by the government.", "the government", "support", "fishing treaty", id="enacted-passive"),
    pytest.param("The rail bill, signed by Blair last week, angered unions.", "Blair", "support", "rail bill", id="enacted-reduced-relative"),
    # Naming frames ("call X Y", "describe X as Y"): the verb says an evaluation is given, the
    # general valence lexicon (lexicon/valence.toml, VADER) which way; an actor named as object is a target.
    pytest.param("Kennedy called the pension deal a huge win for savers.", "Kennedy", "support", "pension deal", id="naming-good"),
    pytest.param("Blair called the parking plan a bad piece of legislation.", "Blair", "oppose", "parking plan", id="naming-bad"),
    pytest.param("Ms Reed described Howard as a fraud.", "Ms Reed", "oppose", "Howard", id="naming-describe-actor"),
    pytest.param("Howard called Kennedy a champion of working families.", "Howard", "support", "Kennedy", id="naming-actor"),
    # The controller of an adjunct gerund: a gerund without its own subject hanging on a verb (advcl)
    # or on a preposition of that verb (pcomp) is done by that verb's subject, or by-agent when passive.
    pytest.param("A complaint was lodged by the union, demanding an inquiry into the closures.", "the union", "support", "inquiry", id="gerund-by-agent"),
    pytest.param("Blair signed the rail bill a day after refusing to sign the first draft.", "Blair", "oppose", "sign", id="gerund-pcomp"),
    pytest.param("Kennedy spoke for an hour, urging voters to reject the parking plan.", "Kennedy", "support", "reject", id="gerund-advcl"),
    # "X is right/wrong to V": an evaluative predicate of an actor with the act as its infinitive
    # judges the act; the speaker holds the view, the actor's act is the matter.
    pytest.param("Blair said Labour was right to scrap the council tax.", "Blair", "support", "scrap council tax", id="right-to-act"),
    pytest.param("Howard said Kennedy was wrong to oppose the rail bill.", "Howard", "oppose", "oppose rail bill", id="wrong-to-act"),
    # The subject of a relative clause ("who", "which", "that") is the noun the clause modifies.
    pytest.param("The bill was attacked by Kennedy, who accused Labour of raising council tax.", "Kennedy", "oppose", "raise council tax", id="relative-who"),
    pytest.param("Voters turned to the union, which opposed the parking plan.", "the union", "oppose", "parking plan", id="relative-which"),
    # "in support of" / "in opposition to", read like "in favour of": the verb's subject holds it.
    pytest.param("Labour voted in support of the housing bill.", "Labour", "support", "housing bill", id="in-support-of"),
    pytest.param("Blair spoke in opposition to the war in Iraq.", "Blair", "oppose", "war", id="in-opposition-to"),
    # News verbs of sharp criticism and of promotion.
    pytest.param("Kennedy blasted the parking plan on Monday.", "Kennedy", "oppose", "parking plan", id="criticism-blast"),
    pytest.param("Howard ripped the housing bill as a giveaway.", "Howard", "oppose", "housing bill", id="criticism-rip"),
    pytest.param("Blair touted the new pension scheme.", "Blair", "support", "pension scheme", id="promotion-tout"),
    pytest.param("Labour embraced the rail reform.", "Labour", "support", "rail reform", id="promotion-embrace"),
]


@pytest.mark.parametrize("text, holder, stance, about", FRAMES)
def test_frame_gives_position(model, text, holder, stance, about):
    assert_position(positions(model, text), holder, stance, about)


# The same frames' words where the pattern does not hold: no position at all.
NO_STANCE = [
    pytest.param("Blair signed the visitors' book.", id="enacting-a-book-is-no-plan"),
    pytest.param("Kennedy passed the ball to Howard.", id="enacting-a-ball"),
    pytest.param("The union launched a website.", id="enacting-a-website"),
    pytest.param("Labour may scrap the housing policy.", id="enacting-possibility-is-no-stance"),
    pytest.param("Howard called Kennedy on Friday.", id="naming-without-second-predicate"),
    pytest.param("Blair called the parking plan a first step.", id="naming-predicate-without-valence"),
    pytest.param("Blair did not call the parking plan a disaster.", id="naming-negated"),
    pytest.param("Ms Reed described the win as a surprise to the club.", id="naming-no-plan-or-actor"),
    pytest.param("Blair said Kennedy was wrong.", id="actor-judged-without-an-act"),
    pytest.param("The decision to scrap the council tax angered pensioners.", id="decision-nobody-owns"),
    pytest.param("Kennedy needs the support of voters in the north.", id="support-as-plain-noun"),
    pytest.param("Howard ripped the envelope open.", id="ripping-a-thing"),
]


@pytest.mark.parametrize("text", NO_STANCE)
def test_no_stance(model, text):
    assert positions(model, text) == []


def test_enacting_verb_inside_a_chain_is_the_matter(model):
    # "planned to sign X": one support for signing X, not a second stance read off "sign" alone
    got = positions(model, "Blair planned to sign the rail bill.")
    assert [(h, s) for h, s, _, _ in got] == [("Blair", "support")], got
    # "has the intention to scrap the tax": support for scrapping it, not opposition to the tax
    got = positions(model, "Howard has the intention to scrap the council tax.")
    assert [(h, s) for h, s, _, _ in got] == [("Howard", "support")], got


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


# The experiencer's participle of a verb of feeling (VerbNet amuse-31.1) with what it is about, the
# side from the verb's valence (stance.toml [adjectives]); the parser's passive reading of "was
# disappointed by X" reads as the adjective does, its subject the one who feels. Hedged: nothing.
@pytest.mark.parametrize(
    "text, stance, about",
    [
        ("Kennedy was pleased with the council's decision on the housing plan.", "support", "housing plan"),
        ("The union is delighted with the new pay deal.", "support", "pay deal"),
        ("Kennedy was disappointed by the vote against the reform bill.", "oppose", "reform bill"),
        ("Kennedy was worried by the parking charges.", "oppose", "parking charge"),
    ],
)
def test_feeling_about_a_thing(model, text, stance, about):
    actors = dict(ACTORS, **{"The union": ("organization", "GBR")})
    got = positions(model, text, actors=actors)
    holder = "The union" if text.startswith("The union") else "Kennedy"
    assert_position(got, holder, stance, about)


def test_feeling_hedged_says_nothing(model):
    got = positions(model, "Kennedy might be upset about the parking charges.")
    assert not [g for g in got if g[0] == "Kennedy"], got


# The rest of VerbNet judgement-33.1 with their object, as "praise" and "condemn" (stance.toml [verbs]).
@pytest.mark.parametrize(
    "text, stance",
    [
        ("Kennedy commended the council's housing plan.", "support"),
        ("Kennedy rebuked the council's housing plan.", "oppose"),
        ("Kennedy ridiculed the housing plan on Monday.", "oppose"),
    ],
)
def test_verbs_of_praise_and_blame(model, text, stance):
    got = positions(model, text)
    assert_position(got, "Kennedy", stance, "housing plan")


# A naming verb whose object is a pointing pronoun: the plan or measure named just before
# (issues._pointed_matter), as for "The Tories opposed it"; a pronoun with nothing to point at, nothing.
def test_naming_a_pointed_plan(model):
    got = positions(model, "The council unveiled a plan to raise parking charges. Kennedy called it a disgrace.")
    assert_position(got, "Kennedy", "oppose", "parking charge")
    got = positions(model, "Kennedy called it a disgrace.")
    assert not [g for g in got if g[0] == "Kennedy"], got


# Adjectives of the same feelings with no verb of their own ("angry about", "unhappy with").
@pytest.mark.parametrize(
    "text, stance",
    [
        ("Kennedy is angry about the parking charges.", "oppose"),
        ("Kennedy was unhappy with the parking charges.", "oppose"),
        ("Kennedy is happy with the parking charges.", "support"),
    ],
)
def test_feeling_adjectives(model, text, stance):
    assert_position(positions(model, text), "Kennedy", stance, "parking charge")
