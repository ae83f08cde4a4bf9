"""coincide_events: a body's own meeting and apologies (issue 14, thirteenth BBC round). Invented
sentences through the whole pipeline with the real model; each case names the grammatical pattern
it holds, and the told cases beside them keep each rule from dropping what a sentence does tell."""

from __future__ import annotations

import pytest

from pipeline_helpers import event_types


@pytest.mark.parametrize(
    "text",
    [
        # a body's own meeting (_own_meeting): an "of" phrase naming the body, a day's possessive
        # being no owner
        "The minister and her deputy faced anger at Tuesday's meeting of the Parliamentary Green Party over the memo.",
        "A meeting of the Parliamentary Green Party saw members warn about feuding.",
        # a compound body noun, held or to come
        "Ahead of the expected Navy Board meeting, a spokesman attacked the plans.",
        # a possessive pronoun standing for the subject that holds it
        "Board members held their last meeting at the headquarters before the vote.",
    ],
)
def test_a_bodys_own_meeting_is_no_consultation(nlp, text):
    types, shown = event_types(nlp, text)
    assert "CONSULT" not in types and "AGREE" not in types, shown


@pytest.mark.parametrize(
    "text",
    [
        # a meeting with somebody, and somebody named as attending, stay meetings
        "Mr Smith held a meeting with the French president in Paris.",
        "The candidate quit after reports that he attended an SNP meeting.",
    ],
)
def test_meetings_with_a_participant_stay(nlp, text):
    types, shown = event_types(nlp, text)
    assert "CONSULT" in types, shown


@pytest.mark.parametrize(
    "text",
    [
        # an apology or expression of regret is CONCEDE (PLOVER_MANUAL's CONCEDE; the settled reading
        # of issue 14, against the crosswalk's CAMEO 055 -> SUPPORT), the verb and the noun alike
        "The senator has apologised to the families of the victims.",
        "The minister made a full apology to the farmers.",
    ],
)
def test_an_apology_is_concede(nlp, text):
    types, shown = event_types(nlp, text)
    assert "CONCEDE" in types and "SUPPORT" not in types, shown



@pytest.mark.parametrize(
    "text",
    [
        # a resignation from an office is RETREAT (PLOVER_MANUAL: "RETREAT also covers resignations
        # of government officials", mode resign), done or announced (future RETREAT stays RETREAT)
        "The former leader, who stepped down after his party's election defeat, plans a return.",
        "The party chairman is to step down at the next election.",
    ],
)
def test_stepping_down_is_a_retreat(nlp, text):
    types, shown = event_types(nlp, text, rules_only=True)
    assert "RETREAT" in types and "CONCEDE" not in types, shown
