"""The side composed along the parse from the holder's verb to the matter (coincide.nlp.target_side,
issue 13 round 9), on invented sentences: a verb of undoing, stopping or fighting turns the side on
a judged object into the other side on the act, under the attitude verbs above it."""

from __future__ import annotations

import pytest

from coincide.nlp import grammar as G
from coincide.nlp import stance_model as M
from coincide.nlp import target_side as T


@pytest.fixture(scope="module")
def model(parse):
    return parse


def sides(model, text):
    doc = model(text)
    return [(side, obj.text) for side, obj in T.composed_sides(list(doc))]


@pytest.mark.parametrize("text, want", [
    # undoing a bad thing is for the act, under the holder's own verb or an attitude verb
    ("The mayor promised to end the violence in the city.", [("support", "violence")]),
    ("The minister would eliminate the waste in the department.", [("support", "waste")]),
    ("Our party wants to reduce poverty in the north.", [("support", "poverty")]),
    # undoing a good thing is against the act
    ("The council wants to cut benefits for the elderly.", [("oppose", "benefits")]),
    # a refusal composes: refusing to stop a bad thing is against stopping it
    ("The governor refused to stop the abuse of prisoners.", [("oppose", "abuse")]),
])
def test_an_act_on_a_judged_object_takes_the_side_of_its_path(model, text, want):
    assert sides(model, text) == want


@pytest.mark.parametrize("text", [
    "The mayor might end the violence in the city.",        # a guess, not a stand
    "The governor did not stop the abuse of prisoners.",    # a past non-event
    "If the army ends the violence, the talks will resume.",  # a condition
    "Will the minister end the violence?",                  # a question
    "The council wants to cut the budget.",                 # an object no lexicon judges
    "The mayor praised the end of the violence.",            # no verb of undoing on the object
])
def test_no_side_without_a_committed_act_on_a_judged_object(model, text):
    assert sides(model, text) == []


def test_the_path_down_the_parse(model):
    doc = model("The council wants to scrap the tax.")
    want, tax = doc[2], doc[6]
    assert [t.text for t in G.path_down(want, tax)] == ["wants", "scrap", "tax"]
    assert G.path_down(tax, want) is None


@pytest.mark.parametrize("feats, sign", [
    ({"valence_oppose": 1.0, "enacted_oppose": 1.0, "path_support": 0.69}, 1),  # the path overrides the tone
    ({"valence_support": 0.69, "path_oppose": 0.69}, -1),
    ({"valence_oppose": 0.69}, -1),  # no path: the tone
    ({"path_support": 0.69, "path_oppose": 0.69}, 0),  # paths both ways: the tone, here none
])
def test_the_gate_reads_the_composed_side_before_the_tone(feats, sign):
    assert M.reading_sign(feats) == sign
    assert M.gate_allows("agree", "support", feats) is (sign == 1)


def reading(model, text):
    doc = model(text)
    return sorted({side for side, _word in T.composed_reading(list(doc), M._polarity)})


@pytest.mark.parametrize("text, want", [
    # the innermost judged word, turned by a verb or noun of undoing and composed with attitudes
    ("The senator vowed to fight terrorism.", ["support"]),
    ("The council wants to cut benefits.", ["oppose"]),
    ("The unions called for an end to the violence.", ["support"]),
    ("The minister refused to back the plan.", ["oppose"]),
    # a conjunct is a second verb of the subject, not the first one's matter
    ("The party did not reject the bill and will not back it.", ["oppose"]),
    # a guess or a non-event on the path leaves no side
    ("The mayor might end the violence.", []),
    ("The mayor did not end the violence.", []),
])
def test_the_reading_composes_the_side_down_the_path(model, text, want):
    assert reading(model, text) == want
