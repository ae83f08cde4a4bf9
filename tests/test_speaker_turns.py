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


# Round 17 (issue 13): a source that is no speaker. A cue's source is a noun that can speak (a
# person, a body, a personal pronoun), never a time, a place beside a person, or a thing.


def _hand_parsed(nlp, words, spaces, heads, deps, pos, tags, lemmas, ents):
    """A Doc whose parse is given, for a parser error the model does not make on a short
    invented sentence, run through coincide_actors and coincide_quotes."""
    from spacy.tokens import Doc

    from coincide.records import Story

    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas, ents=ents)
    doc._.story = Story(body=doc.text, published="2013-06-17T15:39:00")
    for name in ("coincide_actors", "coincide_quotes"):
        doc = nlp.get_pipe(name)(doc)
    return doc


def test_of_two_subjects_the_one_that_can_speak(nlp):
    # a time heading the paragraph ("11:20 a.m.:") read by the parse as a second subject of the
    # cue: the person beside it speaks
    doc = _hand_parsed(
        nlp,
        words=["11:20", "a.m.", ":", "Mayor", "Linda", "Okafor", "says", "that", "the", "harbor", "will", "reopen", "."],
        spaces=[True, False, True, True, True, True, True, True, True, True, True, False, False],
        heads=[1, 6, 1, 5, 5, 6, 6, 11, 9, 11, 11, 6, 6],
        deps=["nummod", "nsubj", "punct", "compound", "compound", "nsubj", "ROOT", "mark", "det", "nsubj", "aux", "ccomp", "punct"],
        pos=["NUM", "NOUN", "PUNCT", "PROPN", "PROPN", "PROPN", "VERB", "SCONJ", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
        tags=["CD", "NN", ":", "NNP", "NNP", "NNP", "VBZ", "IN", "DT", "NN", "MD", "VB", "."],
        lemmas=["11:20", "a.m.", ":", "Mayor", "Linda", "Okafor", "say", "that", "the", "harbor", "will", "reopen", "."],
        ents=["B-TIME", "I-TIME", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O"],
    )
    quotes = [q for q in doc._.quotes if "reopen" in q.text]
    assert quotes
    assert "Okafor" in (speaker_name(doc, quotes[0]) or "")


def test_a_passive_cues_agent_speaks(nlp):
    # "asked by X whether ...": the agent asks, the passive subject is the one asked
    doc = analyse(nlp, "Asked by reporter Tomas Greer whether the harbor would reopen, the mayor said she hoped so.")
    asked = [q for q in doc._.quotes if q.cue == "Asked"]
    assert asked
    assert "Greer" in (speaker_name(doc, asked[0]) or "")


def test_the_agent_of_the_verb_a_cue_hangs_on_does_not_speak(nlp):
    # "was joined on stage by X and joked": only a cue's own agent speaks
    doc = analyse(nlp, 'As the crowd cheered, Mayor Linda Okafor was joined on stage by Governor Hal Dunbar '
                       'and joked, "Now the boats can sail again."')
    direct = [q for q in doc._.quotes if q.kind == "direct"]
    assert direct
    name = speaker_name(doc, direct[0]) or ""
    assert "Okafor" in name and "Dunbar" not in name


def test_a_thing_after_the_cue_is_no_speaker(nlp):
    # "recalled the long strike on the docks:" -- the object is what is recalled; with no noun
    # that can speak by the cue, the quotation is the one who spoke before (turn rules)
    doc = analyse(nlp, '"We will not close the port," Mayor Linda Okafor said.\n\nShe supports "fair fees," '
                       'opposes "new tolls" and recalled the long strike on the docks: "It was a hard year for every family."')
    hard = [q for q in doc._.quotes if q.kind == "direct" and "hard year" in q.text]
    assert hard
    assert "Okafor" in (speaker_name(doc, hard[0]) or "")
