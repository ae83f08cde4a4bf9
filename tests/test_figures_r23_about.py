"""coincide_figures, twenty-ninth round (issue 14, assignment 23g): what percentages measure.

Invented sentences only, on the real model and the whole pipeline; each row says the pattern it
reads (docs/events-figures.md, "Figures, twenty-ninth round")."""

from __future__ import annotations

import pytest

from pipeline_helpers import analyse


@pytest.mark.parametrize(
    "text, first, second, sides",
    [
        # (the other side read as an indirect object, a `dative`, is in the rule too; no invented
        # sentence tried got that parse from the model, so it has no row)
        # the lead read as an adjective of the other side ("shows Smith leading Jones"): the nearest
        # verb before the pair, each side its name alone
        ("A new survey shows Smith leading Jones 48 percent to 45 percent among women.", 48, 45, ("smith", "jones")),
        # a verb of defeat as a lead
        ("In the runoff, Smith trounced Jones, 61 percent to 35 percent.", 61, 35, ("smith", "jones")),
    ],
)
def test_a_score_pair_after_a_lead_measures_its_sides(nlp, text, first, second, sides):
    figures = {f.value: f for f in analyse(nlp, text)._.figures}
    assert sides[0] in figures[first].about.split() and sides[1] not in figures[first].about.split()
    assert sides[1] in figures[second].about.split() and sides[0] not in figures[second].about.split()
