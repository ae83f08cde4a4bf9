"""coincide_figures, twenty-first round (issue 14, assignment 20f): who puts a figure forward.

Invented sentences only, on the real model and the whole pipeline; each row says the pattern it
reads (docs/events-figures.md, "Figures, twenty-first round")."""

from __future__ import annotations

import pytest

from coincide.nlp.mentions import actor_by_id
from pipeline_helpers import analyse


def _claimant(doc, f) -> str:
    """The claimant's words: the actor's name, else the figure's own source words."""
    return (actor_by_id(doc, f.source).name if f.source else None) or f.source_text or ""


@pytest.mark.parametrize(
    "text, value, claimant",
    [
        # the noun subject of a verb of proposing, offering or pledging
        ("The Green Party has offered £3bn in grants for insulation.", 3e9, "Green Party"),
        ("The Farmers Union pledged £40m to the flood fund.", 40e6, "Farmers Union"),
        # the owner of a noun of proposing the figure is in: its possessor
        ("The Treasury's plans to cut the budget by 20% were shelved.", 20, "Treasury"),
        # ... or the subject of the verb it is the object of, however a proposing verb hangs on it
        ("The cross-party panel has unveiled a draft bill proposing a chamber in which 60% of members would be elected.", 60, "panel"),
        # ... a conjunct verb's subject is its first conjunct's
        ("Ministers boast of record numbers and are speeding up plans to hire 12,000 nurses.", 12000, "Ministers"),
    ],
)
def test_proposer_claims_the_figure(nlp, text, value, claimant):
    doc = analyse(nlp, text)
    (f,) = [f for f in doc._.figures if abs(f.value - value) < 1e-6]
    assert claimant in _claimant(doc, f), (f.value, f.source, f.source_text)


@pytest.mark.parametrize(
    "text, value, claimant",
    [
        # a reporter above the figure claims it, not the proposer under the reporter
        ("The mayor said the council plans to spend £5m on the roads.", 5e6, "mayor"),
    ],
)
def test_reporter_still_claims(nlp, text, value, claimant):
    doc = analyse(nlp, text)
    (f,) = [f for f in doc._.figures if abs(f.value - value) < 1e-6]
    assert claimant in _claimant(doc, f).lower(), (f.value, f.source, f.source_text)


@pytest.mark.parametrize(
    "text, value",
    [
        # no verb or noun of proposing: nobody claims a sum spent
        ("The council spent £5m on the roads last year.", 5e6),
        # a pronoun names nobody
        ("They have offered £2m to the hospital.", 2e6),
    ],
)
def test_no_proposer(nlp, text, value):
    doc = analyse(nlp, text)
    (f,) = [f for f in doc._.figures if abs(f.value - value) < 1e-6]
    assert (f.source, f.source_text) == (None, None), (f.source, f.source_text)


@pytest.mark.parametrize(
    "text, value, claimant",
    [
        # a noun of claiming whose clause holds the figure: the agent of "made by" on it
        ("Critics ridiculed the claims made by Mr Smith that he could save £9 billion of waste.", 9e9, "Smith"),
        # ... the subject of the verb the noun is the object of
        ("The Farmers Union released a statement confirming it will hire 300 new inspectors.", 300, "Farmers Union"),
        # ... its possessor
        ("The Treasury's estimate that the scheme would cost £4bn was disputed.", 4e9, "Treasury"),
    ],
)
def test_claim_maker_claims_the_figure(nlp, text, value, claimant):
    doc = analyse(nlp, text)
    (f,) = [f for f in doc._.figures if abs(f.value - value) < 1e-6]
    assert claimant in _claimant(doc, f), (f.value, f.source, f.source_text)


def test_claim_maker_needs_a_verb_of_making(nlp):
    # "supplemented by" tells no maker of the estimate: the agent of another participle claims nothing
    doc = analyse(nlp, "The firm's accounts show sales of £5m, supplemented by grants from the council.")
    (f,) = [f for f in doc._.figures if abs(f.value - 5e6) < 1e-6]
    assert "council" not in _claimant(doc, f).lower(), (f.source, f.source_text)
