"""coincide_events: violence needs violence (issue 14, fourth BBC round, events._physical and the
rules beside it). Invented sentences through the whole pipeline with the real model; each pattern
has a case that was a force event before its rule (commit f079361) and a case of real force that
the rule must keep."""

from __future__ import annotations

import pytest

from pipeline_helpers import analyse

FORCE = {"ASSAULT", "FIGHT", "COERCE"}


def force_events(nlp, text):
    doc = analyse(nlp, text)
    return [(e.type, e.context) for e in doc._.events if e.type in FORCE]


@pytest.mark.parametrize(
    "text",
    [
        # a natural hazard does the harm: a disaster, no force used by anyone
        "The flood killed twelve villagers in the north.",
        "He expressed sympathy for the victims of the earthquake which killed 3,000 people.",
        # a cause that is no agent: a failure or a lack
        "A failure to fund the clinics condemns thousands of patients to death.",
        # a document or inquiry is no agent: a crime named in a text
        "The inquiry will look at possible defences to murder, such as provocation.",
        # force done with words
        "MPs bombarded the minister with a barrage of requests for him to read the report.",
        # a process of law: going on trial
        "Five managers are to go on trial for manslaughter over the crash.",
        # a place after "in" where the thing fought is no body, place or property
        "Ten towns getting extra help to fight anti-social behaviour in England and Wales will be named today.",
        # an infinitive with a direct object: its subject (an organisation) is the doer, not the
        # coerced; and gases that are no weapon are no instrument of force
        "Greenpeace is attempting to curb global warming gases from cars.",
        "The agency is attempting to curb global warming gases from cars.",
    ],
)
def test_no_force(nlp, text):
    assert force_events(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebels killed twelve villagers in the north.",
        "He expressed sympathy for the victims of the gunmen who killed 3,000 people.",
        "The judge condemned the killer to death.",
        "The report said soldiers had murdered three farmers.",
        "The protesters bombarded the police with stones.",
        "Police arrested five managers over the crash.",
        "Troops are fighting rebels in Wales.",
        "The government is trying to curb protesters.",
        "The junta ordered the newspaper El Diario to suspend publication indefinitely.",
        "Police fired tear gas at the crowd.",
        "The regime attacked the rebels with nerve gas.",
    ],
)
def test_force_kept(nlp, text):
    assert force_events(nlp, text) != []
