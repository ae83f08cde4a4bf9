"""coincide_figures, twenty-sixth round (issue 14, assignment 22k): a finding as the claimant.

Invented sentences only, on the real model and the whole pipeline; each row says the pattern it
reads (docs/events-figures.md, "Figures, twenty-sixth round")."""

from __future__ import annotations

import pytest

from pipeline_helpers import analyse


@pytest.mark.parametrize(
    "text, value, words",
    [
        # a finding whose maker is named in a modifier (a "from"/"by"/"for" phrase, a possessive, a
        # participle on it) claims the figure by its own words, which hold the maker's name too
        ("Turnout fell 12 percent, according to a new report from the Pew Research Center.", 12,
         "a new report from the Pew Research Center"),
        ("A recent survey by Ipsos MORI found 61 percent of teachers plan to leave.", 61, "A recent survey by Ipsos MORI"),
        ("According to Amnesty International's annual report, 340 prisoners were executed last year.", 340,
         "Amnesty International's annual report"),
        # a finding named after "of" on the claimant's head ("results of exit polls")
        ("According to early results of exit polls conducted for Reuters, 58 percent of voters backed the measure.", 58,
         "early results of exit polls conducted for Reuters"),
    ],
)
def test_a_finding_made_by_an_actor_claims_by_its_words(nlp, text, value, words):
    (f,) = [f for f in analyse(nlp, text)._.figures if f.value == value]
    assert (f.source, f.source_text) == (None, words)


@pytest.mark.parametrize(
    "text, value",
    [
        # the maker compounded on the finding names it ("a Reuters poll"): the actor claims
        ("A Reuters poll found 47 percent of voters oppose the plan.", 47),
        # the actor is the claimant's head, the finding only its object: the actor claims
        ("The Pew Research Center, in a report released Monday, said 38 percent of adults read no books.", 38),
    ],
)
def test_an_actor_still_claims_when_the_finding_is_not_its_head(nlp, text, value):
    (f,) = [f for f in analyse(nlp, text)._.figures if f.value == value]
    assert f.source is not None and f.source_text is None, (f.source, f.source_text)


def test_a_maker_named_before_the_poll_still_claims(nlp):
    # "A Reuters rolling poll": the maker before the finding, no possessive, names the poll
    (f,) = [f for f in analyse(nlp, "A Reuters rolling poll released Friday found 44 percent of voters undecided.")._.figures
            if f.value == 44]
    assert f.source is not None and f.source_text is None, (f.source, f.source_text)


def test_a_finding_owned_by_a_pronoun_claims_by_its_words(nlp):
    # "his year-long review": the owner is a possessive pronoun, so the review claims the figure
    text = "Sir Roger Blake led the inquiry. Spending could be cut by £2.1bn, according to his year-long review."
    (f,) = [f for f in analyse(nlp, text)._.figures if f.value == 2.1e9]
    assert (f.source, f.source_text) == (None, "his year-long review")
