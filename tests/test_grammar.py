"""coincide.nlp.grammar on invented sentences, parsed by the real model: one case per reading."""

from __future__ import annotations

import pytest

from coincide.nlp import grammar as G


def word(doc, text, nth=0):
    found = [t for t in doc if t.text == text]
    assert len(found) > nth, f"no {text!r} in {[t.text for t in doc]}"
    return found[nth]


@pytest.mark.parametrize(
    "sentence, verb, want",
    [
        ("Britain did not back the plan.", "back", "not"),
        ("Britain never backed the plan.", "backed", "not"),
        ("He neither backs nor opposes the plan.", "backs", "neither"),
        ("He does not support or oppose the bill.", "oppose", "not"),  # "not" covers both verbs
        ("Britain backed the plan.", "backed", None),
    ],
)
def test_negation(parse, sentence, verb, want):
    assert G.negation(word(parse(sentence), verb)) == want


@pytest.mark.parametrize(
    "sentence, verb, hedged, committed",
    [
        ("Labour might back the plan.", "back", True, False),
        ("Labour is probably backing the plan.", "backing", True, False),
        ("Labour will not back the plan.", "back", False, True),
        ("Labour does not want the plan.", "want", False, True),
        ("Labour did not back the plan.", "back", False, False),
    ],
)
def test_modality(parse, sentence, verb, hedged, committed):
    tok = word(parse(sentence), verb)
    assert G.hedged(tok) is hedged
    assert G.committed(tok) is committed


@pytest.mark.parametrize(
    "sentence, verb, want",
    [
        ("If France backs it, we will vote.", "backs", True),
        ("If France backs it, we will vote.", "vote", True),  # under the condition too
        ("France backs it and we will vote.", "vote", False),
    ],
)
def test_conditional(parse, sentence, verb, want):
    assert G.conditional(word(parse(sentence), verb)) is want


@pytest.mark.parametrize(
    "sentence, verb, want",
    [
        ("She denied she would refuse the offer.", "refuse", True),
        ("She said she would refuse the offer.", "refuse", False),
        ("Russia is likely to want talks.", "want", True),
    ],
)
def test_disowned(parse, sentence, verb, want):
    assert G.disowned(word(parse(sentence), verb)) is want


def test_advice_and_question(parse):
    assert G.advised(word(parse("Britain should join the euro."), "join"))
    assert not G.advised(word(parse("Britain will join the euro."), "join"))
    assert G.question(word(parse("Will Russia back the plan?"), "back"))
    assert not G.question(word(parse("Russia will back the plan."), "back"))


@pytest.mark.parametrize(
    "sentence, verb, want",
    [
        ("\u201cWill Russia back the plan?\u201d", "back", True),
        # a question quoted inside a quotation: both closing marks come after the "?"
        ("\u201cThey ask, \u2018Should staff assault reporters?\u2019\u201d", "assault", True),
        ("\"They ask, 'Should staff assault reporters?'\"", "assault", True),
        ("\u201cThe staff will not assault reporters.\u2019\u201d", "assault", False),
    ],
)
def test_question_in_closing_quotes(parse, sentence, verb, want):
    assert G.question(word(parse(sentence), verb)) is want


def test_conjuncts_and_own_tokens(parse):
    doc = parse("Blair wanted to cut taxes and raise spending.")
    cut = word(doc, "cut")
    assert [t.text for t in G.conjuncts(cut)] == ["cut", "raise"]
    assert [t.text for t in G.own_tokens(cut)] == ["cut", "taxes"]


@pytest.mark.parametrize(
    "sentence, verb, who, passive",
    [
        ("Labour welcomed the plan.", "welcomed", "Labour", False),
        ("The plan was welcomed by Labour.", "welcomed", "Labour", True),
        ("The plan was shelved.", "shelved", None, True),
        ("Obama urged Assad to leave power.", "leave", "Assad", False),  # control by the object
        ("Blair wanted to cut taxes and raise spending.", "raise", "Blair", False),  # through coordination
        ("Russia is keen to talk.", "keen", "Russia", False),
    ],
)
def test_subject(parse, sentence, verb, who, passive):
    subj, is_passive = G.subject(word(parse(sentence), verb))
    assert (subj.text if subj is not None else None, is_passive) == (who, passive)


def test_agent_object_and_reporting_clause(parse):
    doc = parse("The plan was welcomed by Labour.")
    assert G.agent(word(doc, "welcomed")).text == "Labour"
    assert G.direct_object(word(parse("They cut taxes."), "cut")).text == "taxes"
    doc = parse("Britain and France said they would back the plan.")
    assert G.reporting_subject(word(doc, "they"), frozenset({"say"})).text == "Britain"
    assert G.reporting_subject(word(doc, "they"), frozenset({"tell"})) is None


def test_noun_lemma_mends_taxes(parse):
    # the small model lemmatises "taxes" as "taxis"
    assert G.noun_lemma(word(parse("They cut taxes."), "taxes")) == "tax"


@pytest.mark.parametrize("sentence, name, want", [
    ("The anti-Syria protesters marched.", "Syria", True),
    ("The Syria protesters marched.", "Syria", False),
])
def test_stance_prefixed(parse, sentence, name, want):
    assert G.stance_prefixed(word(parse(sentence), name)) is want


def test_in_condition_is_only_inside_the_condition(nlp):
    from coincide.nlp.grammar import in_condition

    doc = nlp("Fines will follow if the orders are defied.")
    by = {t.lower_: t for t in doc}
    assert in_condition(by["defied"])
    assert not in_condition(by["follow"])  # the main clause has a condition; it is not inside one
