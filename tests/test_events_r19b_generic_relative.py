"""coincide_events: an act in a clause that describes a kind of people is told of nobody: a
present-tense relative clause on a bare plural ("parents who refuse to pay the fine"), a relative
or participle clause on an indefinite pronoun ("anyone who threatens", "anyone convicted of").
Laws, plans and guidelines name their people this way. A relative clause with a past tense, or on
people who are counted or pointed at, tells an act and keeps it. Force is kept (the force yardstick
counts a kind of act done with force as physical). Invented sentences through the whole pipeline
with the real model."""

from __future__ import annotations

import pytest

from pipeline_helpers import event_types


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Parents who refuse to pay the fine could lose their benefits under the new plans.", "REJECT"),
        ("Shopkeepers who persistently refuse to show their licences will face a larger fine.", "REJECT"),
        ("Under the bill anyone who threatens a witness can be sent to prison.", "THREATEN"),
        ("Tenants who threaten their landlords face eviction under the new code.", "THREATEN"),
    ],
)
def test_a_kind_of_people_tells_no_act(nlp, text, kind):
    found, shown = event_types(nlp, text)
    assert kind not in found, shown


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Parents who refused to pay the fine lost their benefits last year.", "REJECT"),
        ("The shopkeepers who refuse to show their licences were named by the council on Monday.", "REJECT"),
        ("Two councillors who demand his resignation met the party chairman on Tuesday.", "DEMAND"),
    ],
)
def test_a_told_act_of_named_or_counted_people_stays(nlp, text, kind):
    found, shown = event_types(nlp, text)
    assert kind in found, shown
