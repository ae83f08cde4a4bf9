"""coincide_events: verbs in a sense that is no act (issue 14, third BBC round, events._no_act and
the rules beside it). Invented sentences through the whole pipeline with the real model; each case
names the pattern it reads (each was an event before its rule, commit 6f39ee0), and the told cases
keep each rule from dropping the event sense."""

from __future__ import annotations

import pytest

from pipeline_helpers import event_types


@pytest.mark.parametrize(
    "text, kind",
    [
        # a shared opinion: agreeing with a view, people who "are agreed on" a thing
        ("The senator said she agreed with the governor's assessment.", "AGREE"),
        ("Higher pay is the only thing the nurses are agreed on.", "AGREE"),
        # hoped for through a conjunct of the wished clause
        ("We hope the government will act on the ruling and release the prisoners.", "RETREAT"),
        # a poll's answer
        ("In the survey, 58% backed the mayor's transport plan.", "SUPPORT"),
        # a participle on a thing with a thing as its agent
        ("The Green Party wasted the opportunity offered by its second place in the London elections.", "AGREE"),
        # the writer's hedge
        ("Mr Smith is alleged to have accused the regulator of lying.", "DISAPPROVE"),
        # a refusal that only may happen
        ("The council could refuse the company's request if the noise continued.", "REJECT"),
        ("The senator said she agreed with the governor's view.", "AGREE"),
        ("In the survey, 58% backed the mayor.", "SUPPORT"),
        # a clause of a negated claim
        ("There is no suggestion that the minister opposes the scheme.", "REJECT"),
        # declining comment by a passive of pressing to speak (CAMEO 011)
        ("The minister refused to be pinned down to a date for the vote.", "REJECT"),
        ("The president refused to be drawn on the date of the vote.", "REJECT"),
        # one's own promise broken (plover.PROMISES): no sanction and no pledge
        ("The opposition said the government had broken its promise on rail fares.", "SANCTION"),
        ("The opposition said the government had broken its promise on rail fares.", "AGREE"),
        ("The minister has broken the pledges he made to farmers.", "SANCTION"),
        # ending a relief with no recipient is one's own policy, no sanction
        ("The chancellor scrapped the tax relief for landlords.", "SANCTION"),
        # "face" (CAMEO's MEET synset) at a place with a thing faced: no meeting
        ("Mr Jones said voters faced a clear choice at the next election between more tax under Labour and lower taxes under the Conservatives.", "AGREE"),
        # an infinitive after a noun that allows an act, which the parser hangs on the verb
        ("The new law would replace current powers to detain foreign suspects without trial.", "COERCE"),
        # admitting a claim: a clause and no object
        ("The minister conceded that the plans were difficult for any government.", "CONCEDE"),
        # a plea in court
        ("The two farmers said they would plead not guilty to the charges.", "DEMAND"),
        # denied with nobody denying: a deprivation, no refusal by anybody
        ("The refugees were denied adequate medical care.", "REJECT"),
        # a kind of act: its only participant an indefinite pronoun
        ("She said that arresting someone is always a serious step.", "COERCE"),
        # an infinitive with its subject after "for": what is asked, not done
        ("The summit opened despite a US demand for Russia to recognise Georgia.", "SUPPORT"),
        # a supposition after "in case" (the parser reads it as a preposition and a noun)
        ("The ministry has confirmed navy ships are on standby in case they need to help evacuate British citizens from Libya.",
         "DEMAND"),
        # a relative clause: a denial of claims; a habit of support of a thing
        ("The accusations, which the senator has denied, are being investigated by the police.", "REJECT"),
        ("The minister insisted that his work with Barclays did not influence the causes he supports.", "SUPPORT"),
        # what bare "people" do, generically
        ('"You often see people make promises which they then break."', "AGREE"),
        # the noun is an audience
        ("Mr Brown told a meeting of the Labour Party that the economy was strong.", "CONSULT"),
        # promises met; a document handed
        ("The leaflet claims the party has met all of its pledges.", "CONSULT"),
        ("The spokesman said the newspaper handed the dossier over on Monday.", "AID"),
        # a gerund clause of motion describing people
        ("People coming to France for less than six months would not be tested unless they intended to work in schools.",
         "CONSULT"),
        # an act under "deny"; a feeling of relief
        ("The senator denied criticising the president.", "DISAPPROVE"),
        ("Gordon Brown has stepped into the campaign, to the relief of many of his supporters in Westminster.", "AID"),
    ],
)
def test_no_act(nlp, text, kind):
    found, shown = event_types(nlp, text)
    assert kind not in found, shown


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The two unions agreed with the employers to suspend the strike.", "AGREE"),  # agreed to act
        ("A new pay deal was agreed by the unions and the employers.", "AGREE"),  # a thing agreed
        ("The council released the two protesters on Friday.", "RETREAT"),  # told, not hoped for
        ("The governor backed the mayor's transport plan.", "SUPPORT"),  # somebody backing
        ("The council refused the company's request.", "REJECT"),  # a told refusal
        ("Egypt cut off economic aid to Sudan.", "SANCTION"),  # a recipient: a sanction
        ("The rebels conceded defeat after the battle.", "CONCEDE"),  # an object conceded
        ("The ministry denied the journalists access to the camp.", "REJECT"),  # somebody denying
        ("Police arrested someone outside the embassy on Friday.", "COERCE"),  # a subject: an act
        ("Britain sent troops to protect the city.", "MOBILIZE"),  # a purpose after a noun of no power
        ("The deal came despite an EU demand for Turkey to recognise Cyprus.", "DEMAND"),  # the demand itself
        ("The union leader threatened the minister with a strike.", "THREATEN"),
        ("The council met all of the residents on Friday.", "CONSULT"),  # all of somebody
        ("Britain handed the weapons over to the Iraqi army.", "AID"),
        # a duty laid outside "in case" (under "may need to" it is a forecast: test_events_obligations.py)
        ("Police said the army must help evacuate British citizens.", "DEMAND"),
        ("He accused Germany of using the EU as cover.", "DISAPPROVE"),
        ("Britain sent relief to the flood victims.", "AID"),
    ],
)
def test_act(nlp, text, kind):
    found, shown = event_types(nlp, text)
    assert kind in found, shown
