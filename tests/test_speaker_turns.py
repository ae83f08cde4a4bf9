"""Who speaks a quotation when the parse gives its cue no subject (round 15, issue 13): invented
sentences, the real spaCy model and coincide_actors in front of coincide_quotes."""

from __future__ import annotations

import pytest
import spacy

from coincide.nlp import register_extensions
from pipeline_helpers import analyse


@pytest.fixture(scope="module")
def nlp(settings):
    register_extensions()
    import coincide.nlp.actors  # noqa: F401  (registers coincide_actors)
    import coincide.nlp.quotes  # noqa: F401

    model = spacy.load(settings["nlp"]["model"])
    model.add_pipe("coincide_actors")
    model.add_pipe("coincide_quotes")
    return model


def speaker_name(doc, quote):
    return next((a.name for a in doc._.actors or [] if a.id == quote.speaker), None)


@pytest.mark.parametrize(
    "text, speaker, not_speaker",
    [
        # the parse reads the cue as a participle on the name: the object of "in" is no speaker
        ("Olivia Brandt, the former mayor, tweeted in response: \"Our city deserves better than this plan.\"", "Brandt", None),
        # the place or outlet a cue names after itself ("on Radio Norte") is not who spoke
        ('"I saw the report and I am worried about the schools," teacher Paulo Esteves wrote on Radio Norte.', "Esteves", "Radio Norte"),
    ],
)
def test_prepositional_object_is_not_the_speaker(nlp, text, speaker, not_speaker):
    doc = analyse(nlp, text)
    direct = [q for q in doc._.quotes if q.kind == "direct"]
    assert direct
    name = speaker_name(doc, direct[0]) or ""
    assert speaker in name
    if not_speaker:
        assert not_speaker not in name

