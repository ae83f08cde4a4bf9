"""coincide_positions on small sentences: holder, stance and issue from the parse and the lexicon.

Actors, mentions and quotes are given by hand (stance_helpers.build_doc) so each case tests the
positions rules alone; the parse is the real model's.
"""

from __future__ import annotations

import pytest

from coincide.nlp.issues import group_issues, verb_label
from coincide.nlp.positions import PositionsComponent
from stance_helpers import build_doc

UK = {
    "Labour": ("organization", "GBR"),
    "The Tories": ("organization", "GBR"),
    "the government": ("government", "GBR"),
    "Blair": ("person", "GBR"),
    "Howard": ("person", "GBR"),
    "Brown": ("person", "GBR"),
    "Kennedy": ("person", "GBR"),
    "Britain": ("country", "GBR"),
    "France": ("country", "FRA"),
    "the unions": ("group", "GBR"),
}


@pytest.fixture(scope="module")
def model(parse):
    """The bare parser: conftest's `parse`, the model the settings name, loaded once a session."""
    return parse


def positions(model, text, **kw):
    doc, names = build_doc(model, text, kw.pop("actors", UK), **kw)
    PositionsComponent()(doc)
    return [(names[p.holder], p.stance, p.issue, p.statement, p.quote) for p in doc._.positions], doc


@pytest.mark.parametrize(
    "text, holder, stance, about",
    [
        ("The Tories dismissed the plan as desperate.", "The Tories", "oppose", "plan"),
        ("Labour welcomed the ruling.", "Labour", "support", "ruling"),
        ("The ruling was welcomed by Labour.", "Labour", "support", "ruling"),
        ("Kennedy opposed the war in Iraq.", "Kennedy", "oppose", "war"),
        ("Blair wants Britain to join the euro.", "Blair", "support", "join euro"),
        ("Howard does not want Britain to join the euro.", "Howard", "oppose", "join euro"),
        ("Brown has not called for tax cuts.", "Brown", "neutral", "tax cut"),
        ("Kennedy did not oppose the bill.", "Kennedy", "neutral", "bill"),
        ("Labour does not support or oppose the plan.", "Labour", "neutral", "plan"),
        ("The Tories are opposed to ID cards.", "The Tories", "oppose", "ID card"),
        ("Blair is in favour of ID cards.", "Blair", "support", "ID card"),
        ("the unions refused to back the reforms.", "the unions", "oppose", "reform"),
        ("Brown called for an inquiry into the war.", "Brown", "support", "inquiry"),
        ("Brown called on France to drop the rebate.", "Brown", "support", "France drop rebate"),
        ("Labour urged voters not to back the Tories.", "Labour", "oppose", "back"),
        ("France urged Britain to leave the talks.", "France", "support", "Britain leave talk"),
        ("Kennedy warned against a war with Iraq.", "Kennedy", "oppose", "war"),
        ("Labour remained concerned that the reforms would hurt pensioners.", "Labour", "oppose", "reform hurt"),
        ("Blair has defended the sale of arms to Iraq.", "Blair", "support", "sale of arm"),
        ("Brown vowed to cut taxes.", "Brown", "support", "tax"),
        ("Howard attacked the pledges as vacuous.", "Howard", "oppose", "pledge"),
        ("Howard accused Labour of raising taxes.", "Howard", "oppose", "raise tax"),
        ("Howard has the intention to scrap the tax.", "Howard", "support", "scrap tax"),
    ],
)
def test_stance_from_narrative(model, text, holder, stance, about):
    got, _ = positions(model, text)
    assert any(h == holder and s == stance and about in i for h, s, i, _, _ in got), got
    # a wrong stance is worse than a missing one: no other stance for the same holder and matter
    assert not any(h == holder and s != stance and about in i for h, s, i, _, _ in got), got


def test_government_refusal_reported_by_minister(model):
    got, _ = positions(model, "The minister said the government would not back the bill.")
    assert [(h, s, i) for h, s, i, _, _ in got] == [("the government", "oppose", "bill")]


@pytest.mark.parametrize(
    "text",
    [
        "Blair might support the bill.",  # a possibility is not a stance
        "The bill was criticised on Monday.",  # a passive without its agent has no holder
        "If Howard backs the plan, it will pass.",  # nor is a condition
        "Did Blair back the plan?",  # nor a question
        "Blair called Brown on Monday.",  # "call" is a stance only with "for"
        "Brown warned that the economy would slow.",  # a prediction
        "Kennedy attacked Howard in the debate.",  # an act, not a stance
        "Brown worked for Blair in the policy unit.",  # a job, not a stance
        "Kennedy denied that Labour wanted to scrap the tax.",  # a denial disowns the clause
        "Howard did not say that Labour wanted to raise taxes.",  # nor does a negated report
        "Blair had to back the terms.",  # an obligation is no preference
        "Labour seems to be trying to win votes.",  # an appearance, someone else's reading
        "For Labour, Brown called the new target unambitious.",  # a fronted "for" is no "call for"
        "Blair met Chirac. A poll suggests two-thirds of Britons support the decision.",  # not "both leaders"
        "If we do not get the amendments, Labour will vote against the bill.",  # a threat on a condition
        "The economy wants a rest.",  # no actor holds it
    ],
)
def test_no_position(model, text):
    got, _ = positions(model, text)
    assert got == []


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("Kennedy wants to abolish tuition fees, increase pensions and reduce council tax.", ["tuition fee", "pension", "council tax"]),
        ("Kennedy has an interest in reducing crime, improving schools and raising pensions.", ["crime", "school", "pension"]),
    ],
)
def test_each_coordinated_proposition_is_a_position(model, text, wanted):
    got, _ = positions(model, text)
    issues = [i for h, s, i, _, _ in got if h == "Kennedy" and s == "support"]
    assert len(issues) == 3, got
    assert all(any(w in i for i in issues) for w in wanted), got


def test_each_coordinated_holder_holds_it(model):
    got, _ = positions(model, "Labour and France oppose the war.")
    assert {(h, s) for h, s, _, _, _ in got} == {("Labour", "oppose"), ("France", "oppose")}


def test_ascribed_position_belongs_to_those_named(model):
    got, _ = positions(model, "Blair said that Brown wanted to raise taxes.")
    assert [(h, s) for h, s, _, _, _ in got] == [("Brown", "support")]


def test_group_members_hold_a_group_position(model):
    text = "Blair met Chirac. The two leaders said they wanted to end the strike."
    actors = dict(UK, Chirac=("person", "FRA"))
    got, _ = positions(model, text, actors=actors, groups={"The two leaders": ["Blair", "Chirac"]})
    assert {(h, s) for h, s, _, _, _ in got} == {("Blair", "support"), ("Chirac", "support")}
    assert all("strike" in i for _, _, i, _, _ in got)


def test_quoted_first_person_is_the_speaker(model):
    text = '"We want to reduce immigration and we will cut taxes," Howard said.'
    quoted = "We want to reduce immigration and we will cut taxes,"
    got, doc = positions(model, text, quotes=[("Howard", quoted, "direct")])
    assert {(h, s, q) for h, s, _, _, q in got} == {("Howard", "support", 0)}
    assert {i for _, _, i, _, _ in got} == {"immigration", "tax"}


def test_quoted_obligation_is_the_speakers_position(model):
    text = 'Blair said: "Britain should not join the euro now."'
    got, _ = positions(model, text, quotes=[("Blair", "Britain should not join the euro now.", "direct")])
    assert [(h, s) for h, s, _, _, _ in got] == [("Blair", "oppose")]
    assert "euro" in got[0][2]


def test_statement_and_span_are_the_words(model):
    got, doc = positions(model, "Labour welcomed the ruling on Monday.")
    pos = doc._.positions[0]
    assert pos.statement == "the ruling"
    assert doc.text[pos.span[0] : pos.span[1]].startswith("welcomed the ruling")


@pytest.mark.parametrize(
    "phrases",
    [
        ("Labour wants to reduce the violence.", "France wants to stop the violence in Iraq.", "Brown wants to end the violence."),
        ("Labour supported talks in Geneva.", "France backs the talks.", "Brown wants to hold talks."),
    ],
)
def test_paraphrases_share_an_issue_label(model, phrases):
    got, _ = positions(model, " ".join(phrases))
    assert len(got) == 3 and len({i for _, _, i, _, _ in got}) == 1, got


def test_direction_keeps_ending_apart_from_holding(model):
    doc = model("They want to end the talks. They want to hold the talks.")
    end, hold = [t for t in doc if t.lemma_ in ("end", "hold")]
    a, b = verb_label(end), verb_label(hold)
    assert a.text == b.text == "talk" and a.key != b.key
    assert group_issues([a, b]) == ["talk", "talk"]


def test_a_verb_that_is_not_light_stays_in_the_label(model):
    doc = model("They want to send weapons. They want to secure weapons.")
    send, secure = [t for t in doc if t.lemma_ in ("send", "secure")]
    assert verb_label(send).text == "send weapon" and verb_label(secure).text == "weapon"
    assert verb_label(send).key != verb_label(secure).key


def test_negated_belief_disowns_an_obligation(model):
    text = '"I did not think I should apologise for the remark," Blair said.'
    got, _ = positions(model, text, quotes=[("Blair", "I did not think I should apologise for the remark,", "direct")])
    assert got == []


@pytest.mark.parametrize(
    "text, expect",
    [
        # the teller owns "his intention", not the addressee the pronoun's nearest name would give
        ("Blair told Brown of his intention to stand down.", ("Blair", "support")),
    ],
)
def test_possessive_of_the_teller(model, text, expect):
    got, _ = positions(model, text, pronouns={"his": "Brown"})
    assert got and (got[0][0], got[0][1]) == expect


def test_wish_about_a_past_outcome_is_no_position(model):
    got, _ = positions(model, "The Tories will hope to have made advances in the north.")
    assert got == []


@pytest.mark.parametrize(
    "text, holder, stance, about",
    [
        ("Howard said the plan was unworkable.", "Howard", "oppose", "plan"),
        ("Kennedy said it was vital to keep the rebate.", "Kennedy", "support", "rebate"),
        ("Howard said banning violent games would be wrong.", "Howard", "oppose", "ban game"),
        ("Kennedy described the tax as a con.", "Kennedy", "oppose", "tax"),
        ("Brown called the scheme a disaster.", "Brown", "oppose", "scheme"),
        ("Blair warned voters not to back the Tories.", "Blair", "oppose", "back"),
        ("Kennedy said it would be a mistake not to cut taxes.", "Kennedy", "support", "tax"),
        ("Kennedy said it was a mistake to cut taxes.", "Kennedy", "oppose", "tax"),
        # round 25f: verbs of complaining, contending and warning assert their clause as the
        # subject's own claim, so an evaluation in it is the subject's side, as under "said"
        ("Labour complained that the reforms were unfair.", "Labour", "oppose", "reform"),
        ("Kennedy contended that the levy was unworkable.", "Kennedy", "oppose", "levy"),
        ("Howard warned that the scheme was dangerous.", "Howard", "oppose", "scheme"),
    ],
)
def test_evaluation_by_a_speaker(model, text, holder, stance, about):
    got, _ = positions(model, text)
    assert any(h == holder and s == stance and about in i for h, s, i, _, _ in got), got
    assert not any(h == holder and s != stance and about in i for h, s, i, _, _ in got), got


@pytest.mark.parametrize(
    "text, stance",
    [
        # round 21, class Q: a predicate the writer quotes takes its side from the valence lexicon
        ('Kennedy said the levy was "a terrific success".', "support"),
        ('Kennedy said the levy was "a horror".', "oppose"),
    ],
)
def test_quoted_predicate_takes_its_valence(model, text, stance):
    got, _ = positions(model, text)
    assert [(h, s) for h, s, _, _, _ in got] == [("Kennedy", stance)], got
    # unquoted, the general valence lexicon is not read for a linking verb's predicate
    assert positions(model, text.replace('"', ""))[0] == []


def test_act_described_by_a_bad_word_is_an_accusation(model):
    # round 21, class D: another actor's act, told with a word of bad valence, in a reported view
    got, _ = positions(model, "Kennedy said Labour was spreading fear about the levy.")
    assert [(h, s) for h, s, _, _, _ in got] == [("Kennedy", "oppose")], got
    text = 'Blair said: "The Tories are wasting money on the scheme."'
    got, _ = positions(model, text, quotes=[("Blair", "The Tories are wasting money on the scheme.", "direct")])
    assert [(h, s) for h, s, _, _, _ in got] == [("Blair", "oppose")], got
    # the speaker's own act is no accusation
    got, _ = positions(model, "Kennedy said he was spreading fear about the levy.", pronouns={"he": "Kennedy"})
    assert got == [], got


def test_naming_frame_judges_an_actor_however_named(model):
    # round 21, class Q: a description or a resolved pronoun as the judged, and a participle's doer
    got, _ = positions(model, "Howard called the chancellor a disgrace.", pronouns={"the chancellor": "Brown"})
    assert [(h, s) for h, s, _, _, _ in got] == [("Howard", "oppose")], got
    text = "Kennedy spoke on Monday, describing him as a fraud."
    got, _ = positions(model, text, pronouns={"him": "Brown"})
    assert ("Kennedy", "oppose") in [(h, s) for h, s, _, _, _ in got], got


def test_evaluation_in_a_quotation_is_the_speakers(model):
    text = 'Blair said: "The plan is a disaster."'
    got, _ = positions(model, text, quotes=[("Blair", "The plan is a disaster.", "direct")])
    assert [(h, s, i) for h, s, i, _, _ in got] == [("Blair", "oppose", "plan")]


@pytest.mark.parametrize(
    "text",
    [
        "Howard said Blair was wrong.",  # a judgement of a person, not of a matter
        "Brown said it was wrong.",  # "it" with no act named: we do not know what is judged
        "Howard said the plan could be dangerous.",  # hedged
        "Howard said the plan was not unworkable.",  # a negated evaluation takes no clear side
        "Howard denied the plan was unworkable.",
        "Blair warned voters to expect cuts.",  # a prediction, not a stance on cuts
        "Kennedy said the election was important.",  # importance of a thing is no side
        "Kennedy said the court case had been a fiasco.",  # a verdict on past events
    ],
)
def test_no_evaluative_position(model, text):
    got, _ = positions(model, text)
    assert got == [], got


@pytest.mark.parametrize(
    "text, holder, stance, about",
    [
        ("Blair attacked the Tory plans.", "Blair", "oppose", "plan"),
        ("Blair repeated his pledge not to do deals after the election.", "Blair", "oppose", "deal"),
        ("Brown made a promise to cut taxes.", "Brown", "support", "tax"),
        # announcing a measure makes it the announcer's own, as introducing it does ([rule_enacted])
        ("France announced a ban on smoking in public places.", "France", "support", "ban on smoking"),
        ("Labour announced a rise in the minimum wage.", "Labour", "support", "rise in wage"),
        # a plan announced is read at its noun, which says what it is for
        ("Labour announced plans to raise the minimum wage.", "Labour", "support", "wage"),
    ],
)
def test_commitments_and_attacks_on_plans(model, text, holder, stance, about):
    got, _ = positions(model, text)
    assert any(h == holder and s == stance and about in i for h, s, i, _, _ in got), got
    assert not any(h == holder and s != stance and about in i for h, s, i, _, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Blair attacked the town.",  # an event, not a stance
        "Blair went back on his pledge to stand aside.",  # a pledge no longer held
    ],
)
def test_no_position_from_attack_or_abandoned_pledge(model, text):
    got, _ = positions(model, text)
    assert got == [], got


def test_finite_verb_after_would_clause_belongs_to_reporter(model):
    text = "Blair said Labour would set out workable plans in the next few weeks and attacked the Tory plans."
    got, _ = positions(model, text)
    assert ("Blair", "oppose", "Tory plan") in [(h, s, i) for h, s, i, _, _ in got], got
    assert not any(h == "Labour" and "Tory plan" in i for h, s, i, _, _ in got), got


def test_forecast_of_a_view_is_no_position(model):
    got, _ = positions(model, "Brown will claim the forecasts are simply wrong.")
    assert got == [], got



@pytest.mark.parametrize("text, expected", [
    ("The government has suspended its plan to cut the agency's staff.", []),
    ("The government has abandoned its plan to close the museum.", []),
    ("Labour has unveiled its plan to close the museum.", [("Labour", "support")]),
])
def test_a_plan_put_aside_is_no_longer_its_owners_position(model, text, expected):
    got, _ = positions(model, text)
    assert sorted({(h, s) for h, s, _, _, _ in got}) == expected


def test_the_party_compared_with_is_not_the_subject(model):
    got, _ = positions(model, 'Howard said: "Like Labour, the Tories support higher taxes."',
                       actors={**UK, "the Tories": ("organization", "GBR")})
    assert "Labour" not in {h for h, _, _, _, _ in got}, got


@pytest.mark.parametrize("text, held", [
    ("Blair said Labour should try to back the treaty.", set()),  # Blair's advice, not Labour's stand
    ("Howard said the Tories must oppose the bill.", set()),
    ('Brown said: "We must back the treaty."', {"Brown"}),  # the speaker's own obligation
    ("Labour will back the treaty.", {"Labour"}),
])
def test_what_somebody_should_do_is_not_their_position(model, text, held):
    quoted = text.split('"')[1] if '"' in text else None
    got, _ = positions(model, text, quotes=[("Brown", quoted, "direct")] if quoted else ())
    assert {h for h, _, _, _, _ in got} == held, got


@pytest.mark.parametrize("text, issue", [
    # "the plans" takes the label of the plans the story named in full
    ("Labour unveiled the ID card plans on Monday. The Tories attacked the plans.", "ID card plan"),
    ("Blair defended the plans for house arrest. The Tories attacked his plans.", "plan for house arrest"),
])
def test_the_plans_mean_the_plans_named_before(model, text, issue):
    got, _ = positions(model, text)
    assert ("The Tories", "oppose", issue) in {(h, s, i) for h, s, i, _, _ in got}, got


def test_two_plans_named_in_full_stay_two_issues(model):
    got, _ = positions(model, "Labour backed the plans for a memorial. The Tories backed the plans for pensioners.")
    assert len({i for _, _, i, _, _ in got}) == 2, got


def test_both_parties_are_parties_not_the_speaker(model):
    text = ("Howard said as both parties planned to cut the number of civil servants - Labour by 80,000 and "
            "the Tories by 100,000 - they should accept a similar drop.")
    got, _ = positions(model, text, actors={"Howard": ("person", "GBR"), "Labour": ("organization", "GBR"),
                                            "the Tories": ("organization", "GBR")})
    assert {h for h, _, _, _, _ in got} == {"Labour", "the Tories"}, got


@pytest.mark.parametrize("text, quoted, expected", [
    ('Brown said: "We will take no risks with the economy."', "We will take no risks with the economy.", "oppose"),
    ('Brown said: "We will take risks with the economy."', "We will take risks with the economy.", "support"),
])
def test_an_object_denied_by_no_is_not_done(model, text, quoted, expected):
    got, _ = positions(model, text, quotes=[("Brown", quoted, "direct")])
    assert {s for h, s, _, _, _ in got if h == "Brown"} == {expected}, got


@pytest.mark.parametrize("text, quoted, pronouns, expected", [
    # a commitment in reported speech: the speaker, by pronoun, says what it will or will not do
    ("Brown said he would hold a referendum on the euro.", "he would hold a referendum on the euro", {"he": "Brown"}, {"support"}),
    ("Brown said he will not stand for the leadership.", "he will not stand for the leadership", {"he": "Brown"}, {"oppose"}),
    # what the speaker owns ("his party") acts for the speaker
    ("Brown said his party would hold a referendum on the euro.", "his party would hold a referendum on the euro", {"his": "Brown"}, {"support"}),
    # ... also where the owned body is no actor of the story (the guard on a resolved subject
    # used to stop these before the commitment was read)
    ("Brown said his firm would close its offices in the city.", "his firm would close its offices in the city", {"his": "Brown"}, {"support"}),
    # another actor's future is a forecast, and "would have" a past condition: no position
    ("Brown said Blair would hold a referendum on the euro.", "Blair would hold a referendum on the euro", None, set()),
    ("Brown said he would have held a referendum on the euro.", "he would have held a referendum on the euro", {"he": "Brown"}, set()),
])
def test_a_commitment_in_indirect_speech_is_the_speakers(model, text, quoted, pronouns, expected):
    got, _ = positions(model, text, quotes=[("Brown", quoted, "indirect")], pronouns=pronouns)
    assert {s for h, s, _, _, _ in got if h == "Brown"} == expected, got


@pytest.mark.parametrize("text", [
    "The government is probably encouraging the protests.",  # a guess, not a stand
    "Labour will possibly back the treaty.",
])
def test_hedging_adverbs_give_no_position(model, text):
    got, _ = positions(model, text)
    assert got == [], got


def test_a_text_holds_no_view(model):
    got, _ = positions(model, "The Terrorism Bill proposes control orders.",
                       actors={"The Terrorism Bill": ("organization", "GBR")})
    assert got == [], got


def test_a_view_reported_in_a_relative_clause_is_not_the_speakers(model):
    quoted = "I am attacked by people who think we ought to be promising bigger tax cuts."
    got, _ = positions(model, f'Howard said: "{quoted}"', quotes=[("Howard", quoted, "direct")])
    assert got == [], got


@pytest.mark.parametrize("text, held", [
    ("Blair's view backed the plan.", set()),  # an owner does not act for what it owns
    ("Labour's spokesman backed the plan.", {"Labour"}),  # the owner's agent does
    ("Michael Howard is likely to back the plan.", set()),  # the writer's forecast
])
def test_owners_and_forecasts(model, text, held):
    got, _ = positions(model, text, actors={**UK, "Michael Howard": ("person", "GBR")})
    assert {h for h, _, _, _, _ in got} == held, got


def test_a_pronoun_subject_of_an_obligation_is_named_in_the_issue(model):
    quoted = "yes, he should apologise"
    got, _ = positions(model, f'Blair spoke about Kennedy. Blair said: "{quoted}."', quotes=[("Blair", quoted, "direct")],
                       pronouns={"he": "Kennedy"})
    assert [(h, s, i) for h, s, i, _, _ in got] == [("Blair", "support", "Kennedy apologise")], got


@pytest.mark.parametrize("text, quoted, expected", [
    # what a speaker says ought to be done to a matter: a deontic passive with no actor as subject
    ('Kennedy said: "The bill should be scrapped."', "The bill should be scrapped.", {("support", "scrap bill")}),
    ("Kennedy said the rules must not be relaxed.", "the rules must not be relaxed", {("oppose", "relax rule")}),
    # an existential obligation: the noun there is the matter
    ('Kennedy said: "There should be a public inquiry."', "There should be a public inquiry.", {("support", "public inquiry")}),
    # a receiver as subject: the object is what is given
    ("Kennedy said nurses should be given a pay rise.", "nurses should be given a pay rise", {("support", "give pay rise")}),
    # a forecast, an inference, a look back and a restriction ask for no act
    ("Kennedy said the results should be known by Friday.", "the results should be known by Friday", set()),
    ('Kennedy said: "There must have been a mistake."', "There must have been a mistake.", set()),
    ("Kennedy said the law should have been changed.", "the law should have been changed", set()),
    ("Kennedy said the power should only be used in extreme cases.", "the power should only be used in extreme cases", set()),
    # a question put in the speaker's words asks for nothing
    ("Kennedy asked how the tax should be collected.", "how the tax should be collected", set()),
    # a thing's active "should" is a forecast, as before
    ('Kennedy said: "The new tax should bring in money."', "The new tax should bring in money.", set()),
])
def test_an_obligation_on_a_matter_is_the_speakers(model, text, quoted, expected):
    kind = "direct" if text.endswith('"') else "indirect"
    got, _ = positions(model, text, quotes=[("Kennedy", quoted, kind)])
    assert {(s, i) for h, s, i, _, _ in got if h == "Kennedy"} == expected, got


@pytest.mark.parametrize("text, expected", [
    # a verb of making a plan or attitude known hands the noun to its subject, as "voiced" does
    ("Brown delivered a promise to cut fuel duty.", {("support", "fuel duty")}),
    ("Brown announced his opposition to the new tax.", {("oppose", "tax")}),
    ("Howard outlined his plan to scrap the council tax.", {("support", "scrap council tax")}),
    ("Kennedy highlighted his commitment to a local income tax.", {("support", "local income tax")}),
    # what is announced with no attitude noun takes no side by the carrier
    ("Brown announced the result of the review.", set()),
])
def test_making_an_attitude_known_carries_it(model, text, expected):
    got, _ = positions(model, text)
    assert {(s, i) for h, s, i, _, _ in got} == expected, got


@pytest.mark.parametrize("text, expected", [
    # a law's name, headed by a policy noun, whether or not the entity tagger marks it LAW (in this
    # long sentence it does not)
    ("Blair signed a revised version of the state's Clean Water Protection Act on Thursday, one day after "
     "refusing to sign an earlier version of the bill over concerns about costs.",
     {("support", "version of Clean Water Protection Act"), ("oppose", "sign version of bill")}),
    ("Kennedy attacked the government's Prevention of Terrorism Bill as a threat to civil liberties.",
     {("oppose", "Prevention of Terrorism Bill")}),
    # a proper name headed by no policy noun is nothing to sign for
    ("Blair signed a copy of the state's Sunday Times on Thursday.", set()),
])
def test_a_named_law_is_a_policy_object(model, text, expected):
    got, _ = positions(model, text)
    assert {(s, i) for h, s, i, _, _ in got} == expected, got


@pytest.mark.parametrize("text, expected", [
    # a verb of blame or praise judges the act its for-phrase names: the act is the matter, and
    # the object judged is who did it
    ("Kennedy criticised Blair for introducing last-minute rules on sentencing.",
     {("Kennedy", "oppose", "introduce last-minute rule on sentencing"), ("Blair", "support", "last-minute rule")}),
    ("Howard attacked Brown for ignoring the report.", {("Howard", "oppose", "ignore report")}),
    # a stance verb inside the act composes: praised for vetoing the bill is against the bill
    ("Kennedy praised Blair for vetoing the bill.", {("Kennedy", "oppose", "bill")}),
    # "for" + a noun is no act: the object stays the reading
    ("Kennedy criticised Blair for his speech.", {("Kennedy", "oppose", "Blair")}),
    ("Kennedy criticised Blair.", {("Kennedy", "oppose", "Blair")}),
])
def test_a_verb_of_judging_judges_the_act_it_is_for(model, text, expected):
    got, _ = positions(model, text)
    assert {(h, s, i) for h, s, i, _, _ in got} == expected, got


@pytest.mark.parametrize("text, expected", [
    # stance.toml [rule_nouns], owned or carried: "attack" is opposition to what its on-phrase names
    ("Howard has launched an attack on the cost of the asylum system.", {("Howard", "oppose", "cost of asylum system")}),
    ("Howard's attack on Labour's spending plans was fierce.", {("Howard", "oppose", "spending plan")}),
    # the nouns of the stance verbs take the verb's side on the complement each takes
    ("Kennedy's endorsement of Blair surprised many.", {("Kennedy", "support", "Blair")}),
    ("Howard's criticism of the plan was sharp.", {("Howard", "oppose", "plan")}),
    ("Labour's rejection of the deal was expected.", {("Labour", "oppose", "deal")}),
    # an attack or a criticism nobody makes or owns is no side
    ("The attack on the police station killed two.", set()),
    ("The attack was followed by criticism of the police.", set()),
])
def test_a_noun_of_the_rules_takes_its_side(model, text, expected):
    got, _ = positions(model, text)
    assert {(h, s, i) for h, s, i, _, _ in got} == expected, got


@pytest.mark.parametrize("text, expected", [
    # a predicate noun that says nothing by itself takes the side of the evaluative adjective on it
    ("Howard said the tax was a dangerous idea.", {("Howard", "oppose", "tax")}),
    ("Howard said the tax was the wrong choice for families.", {("Howard", "oppose", "tax")}),
    ("Kennedy said the conference was a vital step.", {("Kennedy", "support", "conference")}),
    # adjectives of size judge nothing; a noun of the other side blocks it ("a necessary evil");
    # an actor judged ("a dangerous man") is no matter
    ("Howard said the tax was a big idea.", set()),
    ("Howard said the tax was a necessary evil.", set()),
    ("Howard said Blair was a dangerous man.", set()),
])
def test_an_evaluative_adjective_on_a_predicate_noun_judges_the_subject(model, text, expected):
    got, _ = positions(model, text)
    assert {(h, s, i) for h, s, i, _, _ in got} == expected, got


@pytest.mark.parametrize("text, expected", [
    # a participle on a text an actor writes or signs says that actor's view
    ("Kennedy signed a letter calling for a public inquiry.", {("Kennedy", "support", "public inquiry")}),
    ("The Tories tabled a motion opposing the new bill.", {("The Tories", "oppose", "bill")}),
    ("Howard sent a letter urging Blair to resign.", {("Howard", "support", "Blair resign")}),
    # judging such a text is no authorship: the view is the text's, not the judge's
    ("Kennedy criticised a letter calling for a public inquiry.", {("Kennedy", "oppose", "letter")}),
])
def test_a_text_an_actor_signs_says_its_view(model, text, expected):
    got, _ = positions(model, text)
    assert {(h, s, i) for h, s, i, _, _ in got} == expected, got


@pytest.mark.parametrize("him, expected", [
    # "him" read as the judge himself (a wrong antecedent) gives no position: a judge of himself
    # says "himself" (binding theory's principle B); the same sentence with another antecedent does
    ("Howard", set()),
    ("Brown", {("Howard", "oppose", "Brown")}),
])
def test_a_judge_is_not_the_him_he_judges(model, him, expected):
    got, _ = positions(model, "Howard called him a liar.", pronouns={"him": him})
    assert {(h, s, i) for h, s, i, _, _ in got} == expected, got


@pytest.mark.parametrize(
    "text",
    [
        "Labour announced the result of the vote.",  # no plan or measure
        "Labour plans to announce a ban on smoking.",  # not yet announced: the plan's matter
    ],
)
def test_no_position_from_an_announcement_of_no_measure(model, text):
    got, _ = positions(model, text)
    assert not any(i.startswith("ban") or "result" in i for _, _, i, _, _ in got), got
