"""coincide_figures, twenty-second round (issue 14, assignment 21f): what is counted.

Invented sentences only, on the real model and the whole pipeline; each row says the pattern it
reads (docs/events-figures.md, "Figures, twenty-second round")."""

from __future__ import annotations

import re

import pytest

from pipeline_helpers import analyse


def _about_holds(about: str | None, words: str) -> bool:
    """`about` holds these words, in order (as tests/test_figures.py reads it)."""
    return bool(re.search(r"\b" + r"\b.*\b".join(words.split()) + r"\b", about or ""))


@pytest.mark.parametrize(
    "text, value, about",
    [
        # a list item: the name before the amounts ("Rubio and Cruz, 11 and 8 percent respectively")
        ("Patel and Okafor, 14 and 6 percent respectively.", 6, "okafor"),
        # the margin of a named option, the parse hanging "by" on the name
        ("Young women back Patel by 6 percentage points.", 6, "patel"),
        ("Men under 40 favour Okafor by 9 percentage points.", 9, "okafor"),
        # a pronoun restating a clause ("that's $250"): the thing named nearest before it
        ("If a lorry hits the barrier, that's $900.", 900, "barrier"),
    ],
)
def test_no_reading_takes_the_name_before(nlp, text, value, about):
    (f,) = [f for f in analyse(nlp, text)._.figures if abs(f.value - value) < 1e-6]
    assert _about_holds(f.about, about), (f.value, f.unit, f.about)


def test_no_name_before_a_verb(nlp):
    # the clause's verb comes before any noun: nothing named, no `about` made up
    (f,) = [f for f in analyse(nlp, "It is probably going to be close to three million dollars.")._.figures]
    assert f.about is None, f.about


@pytest.mark.parametrize(
    "text, value, about",
    [
        # the clause's subject and verb are read from afar (the parse hangs the amount on nothing
        # that names it); the thing named nearest before the amount is named with them
        ("Ward argued that in the richest districts pupils could expect a 60% pass rate, while in the poorest districts it was 20%.",
         20, "poorest districts"),
        ("In his filing, Okafor reports shares in Acme Holdings worth between $50,000 and $100,000.", 50000, "worth"),
        ("Online sales rose, with mobile revenue up nearly 20 percent in May and nearly 12 percent so far this year.",
         12, "mobile revenue"),
    ],
)
def test_clause_reading_names_the_thing_before(nlp, text, value, about):
    (f,) = [f for f in analyse(nlp, text)._.figures if abs(f.value - value) < 1e-6]
    assert _about_holds(f.about, about), (f.value, f.unit, f.about)
    # what the clause reading found stays
    assert len((f.about or "").split()) > len(about.split()), f.about


@pytest.mark.parametrize(
    "text, value, about",
    [
        # the amount's own reading found only its verb: the thing named nearest before it is named too
        ("The top 5 percent would see their bills fall under the plan.", 5, "see top"),
        ("According to the latest polls, Patel holds only 18 percent of the youth vote compared to Jane Okafor's 64 percent.",
         64, "jane okafor"),
    ],
)
def test_verb_alone_names_the_thing_before(nlp, text, value, about):
    (f,) = [f for f in analyse(nlp, text)._.figures if abs(f.value - value) < 1e-6]
    assert _about_holds(f.about, about), (f.value, f.unit, f.about)
