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



@pytest.mark.parametrize(
    "text, speaker, not_speaker",
    [
        # a gerund cue after a preposition on a verb ("began by ... urging"): that verb's subject
        # speaks, not the object of the participle or of the verb before it
        ('Rosa Vance began by thanking Mayor Hal Dunbar for his patience and urging him to "keep the harbor open."',
         "Vance", "Dunbar"),
        ("Rosa Vance opened the meeting by asking Hal Dunbar why the harbor stayed closed.", "Vance", "Dunbar"),
    ],
)
def test_participle_cue_speaker_is_its_verbs_subject(nlp, text, speaker, not_speaker):
    doc = analyse(nlp, text)
    assert doc._.quotes
    name = speaker_name(doc, doc._.quotes[0]) or ""
    assert speaker in name
    assert not_speaker not in name


def test_participle_after_as_is_not_the_verbs_subjects(nlp):
    # "quoted X as saying": the participle is said of the object, so the paper does not speak it
    doc = analyse(nlp, "The Harbor Ledger quoted dock worker Ana Ruiz as saying that the gates stayed shut all week.")
    for quote in doc._.quotes:
        if "gates" in quote.text:
            assert "Ledger" not in (speaker_name(doc, quote) or "")
