"""The grammar functions coincide_figures added to coincide.nlp.grammar, on invented sentences
parsed by the real model."""

from __future__ import annotations

import pytest

from coincide.nlp import grammar as G
from coincide.nlp.cues import SPEECH


def word(doc, text):
    found = [t for t in doc if t.text == text]
    assert found, f"no {text!r} in {[t.text for t in doc]}"
    return found[0]


@pytest.mark.parametrize(
    "sentence, token, want",
    [
        ("Officials said 300 people were killed in the attack.", "300", "Officials"),  # the report over the clause
        ("Labour said the plan would cost £4bn.", "4bn", "Labour"),  # the clause's verb is reported
        ("The minister said £5m was enough.", "5", "minister"),
        ("The council spent £20m on roads.", "20", None),  # no reporting verb
    ],
)
def test_reported_by(parse, sentence, token, want):
    got = G.reported_by(word(parse(sentence), token), SPEECH)
    assert (got.text if got is not None else None) == want
