"""coincide_events on small texts with the real model and the whole pipeline."""

from __future__ import annotations

import pytest

from coincide.nlp.mentions import actor_by_id
from coincide.nlp.places import dateline_location
from pipeline_helpers import analyse


def country(doc, actor_id):
    actor = actor_by_id(doc, actor_id)
    return actor.country if actor else None


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Police arrested the opposition leader in Lagos on Tuesday.", "COERCE"),
        ("Rebels shelled the capital on Sunday.", "FIGHT"),
        ("Gunmen kidnapped two aid workers near the border.", "ASSAULT"),
        ("Thousands of students demonstrated in the capital on Saturday.", "PROTEST"),
        ("France rejected the proposal.", "REJECT"),
        ("The minister condemned the bombing.", "DISAPPROVE"),
        ("The two ministers held talks in Geneva.", "CONSULT"),
        ("The army lifted the blockade of the city.", "RETREAT"),
        ("Japan suspended economic aid to Serbia.", "SANCTION"),
        ("The government imposed a curfew in the city.", "COERCE"),
        ("The agency opened an investigation into the deaths.", "INVESTIGATE"),
        ("Opposition groups demanded the resignation of the president.", "DEMAND"),
        ("Iran threatened to cut off electricity to the region.", "THREATEN"),
        ("Jordan and Britain agreed to hold joint exercises.", "AGREE"),
        ("Germany will provide food aid to the refugees.", "AGREE"),  # a promised act is intent
        ("Russia said Sudan must return the helicopter.", "DEMAND"),  # an obligation put by a speaker
        ("The army deployed troops along the border.", "MOBILIZE"),
        ("Riot police fired tear gas at the crowd.", "COERCE"),
    ],
)
def test_event_type(nlp, text, kind):
    doc = analyse(nlp, text)
    assert kind in [e.type for e in doc._.events], [(e.type, e.context) for e in doc._.events]


@pytest.mark.parametrize(
    "text",
    [
        "The president said the economy was growing.",  # saying is no event
        "Officials told reporters about the new budget.",
        "The ministers did not discuss the weather.",  # a negated meeting is no meeting
    ],
)
def test_no_event(nlp, text):
    doc = analyse(nlp, text)
    assert [e.type for e in doc._.events if e.type in ("CONSULT", "AGREE")] == []


def test_complement_of_a_verbal_event_is_not_a_second_event(nlp):
    doc = analyse(nlp, "Serbia demanded a meeting of the U.N. Security Council.")
    assert [e.type for e in doc._.events] == ["DEMAND"]


def test_source_target_date_and_place_of_a_meeting(nlp):
    doc = analyse(
        nlp,
        "President Barack Obama met Russian President Vladimir Putin in Northern Ireland on Monday.",
        dateline="ENNISKILLEN, Northern Ireland",
    )
    (e,) = [e for e in doc._.events if e.type == "CONSULT"]
    assert {country(doc, a) for a in e.actors} >= {"USA", "RUS"}
    assert e.date == "2013-06-17"
    assert e.location == "Enniskillen, Northern Ireland"


def test_date_from_the_verb_above(nlp):
    doc = analyse(nlp, "Barack Obama announced Friday that the United States would start sending weaponry to the rebels.")
    (e,) = [e for e in doc._.events if e.type == "AID"]
    assert e.date == "2013-06-14"
    assert e.mode == "military"
    assert country(doc, e.source) == "USA"


def test_event_noun_with_owner_and_recipient(nlp):
    doc = analyse(nlp, "Putin has defended Russia's continuing supply of weapons to Syria.")
    aid = [e for e in doc._.events if e.type == "AID"]
    assert aid and country(doc, aid[0].source) == "RUS" and country(doc, aid[0].target) == "SYR"


def test_passive_agent_is_source_and_subject_target(nlp):
    doc = analyse(nlp, "Two British soldiers were killed by Irish guerrillas in Belfast.")
    (e,) = [e for e in doc._.events if e.type == "ASSAULT"]
    assert e.source is None or country(doc, e.source) != "GBR"
    assert e.location and "Belfast" in e.location


def test_same_event_in_two_sentences_is_one_record(nlp):
    text = (
        "Obama met Putin on Monday in Enniskillen. "
        "Obama told reporters that the meeting with Putin was useful."
    )
    doc = analyse(nlp, text)
    consult = [e for e in doc._.events if e.type == "CONSULT"]
    assert len(consult) == 1
    assert len(consult[0].spans) == 2


def test_undated_event_stays_undated(nlp):
    doc = analyse(nlp, "Rebels attacked a police station in the north.")
    assert doc._.events and all(e.date is None for e in doc._.events)


@pytest.mark.parametrize(
    "dateline, want",
    [
        ("ENNISKILLEN, Northern Ireland", "Enniskillen, Northern Ireland"),
        ("WASHINGTON (AP) —", "Washington"),
        ("BAGHDAD", "Baghdad"),
        (None, None),
    ],
)
def test_dateline_location(dateline, want):
    assert dateline_location(dateline) == want


def test_dateline_places_only_events_of_the_publication_day(nlp):
    doc = analyse(
        nlp,
        "President Barack Obama met Russian President Vladimir Putin on Monday. "
        "Obama announced Friday that the United States would start sending weaponry to the rebels.",
        dateline="ENNISKILLEN, Northern Ireland",
    )
    (meeting,) = [e for e in doc._.events if e.type == "CONSULT"]
    (aid,) = [e for e in doc._.events if e.type == "AID"]
    assert meeting.location == "Enniskillen, Northern Ireland"
    assert aid.date == "2013-06-14" and aid.location is None


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The governor reneged on his promise to the striking teachers.", "REJECT"),
        ("Kenya backtracked on its pledge to Uganda.", "REJECT"),
        ("Egypt denied entry to two Sudanese officials.", "REJECT"),
        ("Israel denied the charges on Monday.", None),  # a denial of a claim is no refusal
        ("The minister denied that troops had crossed the border.", None),
    ],
)
def test_reneging_and_denying_a_thing_are_refusals(nlp, text, kind):
    doc = analyse(nlp, text)
    types = [e.type for e in doc._.events]
    assert (kind in types) if kind else ("REJECT" not in types), types


# Events the sentence does not tell (issue 14, BBC politics tuning samples, seeds 101 and 102):
# each case is an invented sentence of the pattern the rule reads; the type it must not give.
@pytest.mark.parametrize(
    "text, kind",
    [
        ("Should Britain approve the new treaty?", "AGREE"),  # asked about
        ("Fines will follow if the court orders are defied.", "REJECT"),  # supposed
        ("Fines are an option which could be used if orders to allow access were defied.", "REJECT"),
        ("She denied that she would refuse the job.", "REJECT"),  # denied
        ("The days of France having to apologise for its past are over.", "CONCEDE"),  # the writer's "having to"
        ("The unions want the government to withdraw the regulations.", "RETREAT"),  # wished on another
        ("The scheme will encourage young people to join the army.", "COOPERATE"),
        ("The law gives officers the power to detain suspects.", "COERCE"),  # what a noun allows
        ("The council has the power to suspend or bar him from office.", "SANCTION"),
        ("Most farmers are neither supporting nor opposing the ban.", "SUPPORT"),  # neither ... nor
        ("Most farmers are neither supporting nor opposing the ban.", "REJECT"),
        ("The first minister should withdraw these remarks immediately.", "RETREAT"),  # advised
        ("The minister warned that the plans could harm the economy.", "THREATEN"),  # a forecast
        ("He said the disaster should persuade everyone to give more.", "DEMAND"),  # nobody obliged
        ("She said the full advice should have been published.", "DEMAND"),  # blame of what was not done
        ("Labour came to power in 1997.", "CONSULT"),  # a journey to no place
        ("The unions hammered out a deal with the party leadership.", "DISAPPROVE"),  # an agreement
        ("According to the documents, the two leaders got on well.", "COOPERATE"),  # a source named
        ("The government has announced plans to cut jobs.", "AGREE"),  # a pattern with no target actor
        ("I am not going to shoot anybody.", "ASSAULT"),  # negated through "going to"
        ("It was not fair to blame the voters.", "DISAPPROVE"),  # an infinitive judged by an adjective
        ("The minister accepted that many experts had doubts.", "AGREE"),  # acknowledging a claim
        ("Thousands of jobs are threatened by the closure.", "THREATEN"),  # a danger, no threatener
        ("There remains an emergency threatening the life of the nation.", "THREATEN"),
        ("The summit called on Thursday ended early.", "DEMAND"),  # a day is no particle
        ("When the police speak, you have to listen, he said.", "DEMAND"),  # anybody's duty
        ("The spokesman said the minister should be judged by results.", "DEMAND"),  # a view, no duty
        ("Downing Street said Mr Blair should be judged by results not his style.", "DEMAND"),
        ("Voters are reluctant for the state to fund parties.", "AID"),  # judged by an adjective
        ("I accept the need to improve housing supply.", "AGREE"),  # acknowledging
        ("The men did not know they were committing a criminal offence.", "AGREE"),  # doing, no commitment
        ("We hope the voters recognise these extremists.", "SUPPORT"),  # hoped of others
        ("Let's just apologise and move on.", "CONCEDE"),  # a suggestion
        ("Any strategy must augment and support the democratic process.", "SUPPORT"),  # advised, conjunct
        ("The minister denied that the talks had failed.", "REJECT"),  # a denial of a claim
        ("The Liberal Democrats have demonstrated that they can win.", "PROTEST"),  # showing, no protest
        ("Residents oppose the council's proposed congestion charge.", "AGREE"),  # a participle as adjective
        ("The two men held a news conference outside the court.", "CONSULT"),  # a kind of telling
        ("The voters heard more talk from the chancellor.", "CONSULT"),  # talk is speech; talks are a meeting
        ("The union leader was never at meetings between the two ministers.", "CONSULT"),  # negated participation
        ("It is not just my seat they are threatening.", "THREATEN"),
        ("The reform threatened his members' jobs.", "THREATEN"),  # endangering a thing
        ("The teenager was stabbed to death in the park.", "COERCE"),  # the stabbing, not a sentence
        ("The European Union imposed an arms ban on China in 1989.", "COERCE"),  # an embargo is a sanction
        ("The mayor clashed with Sunderland over the budget.", "FIGHT"),  # a place after "with" is a rival
        ("Senator John Smith accused Judge Peter Jones of having contempt for victims of crime.", "COERCE"),  # "(FOR &CRIME)" not the verb's
    ],
)
def test_not_told(nlp, text, kind):
    doc = analyse(nlp, text)
    assert kind not in [e.type for e in doc._.events], [(e.type, e.context) for e in doc._.events]


@pytest.mark.parametrize(
    "text, kind",
    [
        # a warning that sets a condition, or whose warner is the one to act, is a threat
        ("The union warned that there would be more strikes unless the government changed course.", "THREATEN"),
        ("Iran warned that it would close the strait.", "THREATEN"),
        ("The unions hammered out a deal with the government.", "AGREE"),
        ("France said Germany must withdraw the proposal.", "DEMAND"),
        ("The French minister came to Berlin for talks with Germany.", "CONSULT"),
        ("The teenager was stabbed to death in the park.", "ASSAULT"),
        ("The European Union imposed an arms ban on China in 1989.", "SANCTION"),
        ("The court sentenced him to death.", "COERCE"),
        ("Jeffrey Archer has not been seen in the Lords since his release from prison in July.", "RETREAT"),
    ],
)
def test_told(nlp, text, kind):
    doc = analyse(nlp, text)
    assert kind in [e.type for e in doc._.events], [(e.type, e.context) for e in doc._.events]
