"""coincide_quotes on small texts written for these tests, with the real spaCy model and the real
coincide_actors component in front of it (the speaker must come out as an actor, not a pronoun)."""

from __future__ import annotations

import pytest
import spacy

from coincide.nlp import register_extensions
from coincide.nlp.quotes import quoted_stretches
from pipeline_helpers import analyse


@pytest.fixture(scope="module")
def nlp(settings):
    register_extensions()
    import coincide.nlp.actors  # noqa: F401  (registers coincide_actors)
    import coincide.nlp.quotes  # noqa: F401

    model = spacy.load(settings["nlp"]["model"])  # its own copy: components are added to it
    model.add_pipe("coincide_actors")
    model.add_pipe("coincide_quotes")
    return model


def speaker_name(doc, quote):
    for actor in doc._.actors or []:
        if actor.id == quote.speaker:
            return actor.name
    return None


def names_of(doc, ids):
    by_id = {a.id: a.name for a in doc._.actors or []}
    return [by_id.get(i, "") for i in ids]


def only(quotes, kind):
    return [q for q in quotes if q.kind == kind]


# ---- quotation marks, no model needed ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ('He said "we will win" today.', ["we will win"]),
        ("He said \u201cwe will win\u201d today.", ["we will win"]),
        ("Mr. Smith said, ''We will win.'' Then he left.", ["We will win."]),
        # an opening paragraph left open, the next reopening: one quotation over both
        ("\u201cFirst part.\n\n\u201cSecond part.\u201d he said.", ["First part.\n\n\u201cSecond part."]),
        # left open with no reopening: it ends at its paragraph
        ("\u201cNever closed.\n\nPlain text.", ["Never closed."]),
        # a closing curly mark typeset at a paragraph's start opens the quotation
        ("\u201dWrong mark at the start.\u201d \u2015 Ana Ruiz", ["Wrong mark at the start."]),
        ('"One." "Two."', ["One.", "Two."]),
        ("It's Tom's car, not 'quoted'.", []),
    ],
)
def test_quoted_stretches(text, expected):
    got = [text[s.start : s.end] for s in quoted_stretches(text)]
    assert got == expected


# ---- direct quotations -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, content, surname",
    [
        ('"We will cut taxes for everyone," Senator Maria Lopez said on Tuesday.', "We will cut taxes for everyone,", "Lopez"),
        ("\u201cWe will cut taxes,\u201d said Maria Lopez, a senator from Texas.", "We will cut taxes,", "Lopez"),
        ('Governor John Carter said: "The budget is balanced and the schools are open."', "The budget is balanced", "Carter"),
        ('Governor John Carter said "the budget is balanced."', "the budget is balanced.", "Carter"),
        ("\u201cThe wall is a disgrace to this country.\u201d \u2015 Elena Ortiz", "The wall is a disgrace", "Ortiz"),
        # the speaker named in the paragraph before, which ends with a colon
        ('Governor John Carter continued:\n\n"The budget is balanced and the schools are open."', "The budget is balanced", "Carter"),
    ],
)
def test_direct_quote_speaker(nlp, text, content, surname):
    doc = analyse(nlp, text)
    direct = only(doc._.quotes, "direct")
    assert len(direct) == 1
    q = direct[0]
    assert q.text.startswith(content)
    assert text[q.span[0] : q.span[1]].startswith(content[:10])
    assert surname in (speaker_name(doc, q) or "")
    assert q.source_span is not None and surname in text[q.source_span[0] : q.source_span[1]]


def test_quote_split_by_attribution_is_two_quotes_both_attributed(nlp):
    text = (
        'Governor John Carter spoke after the vote.\n\n"We kept our promise," Carter said. '
        '"We will keep the next one too."'
    )
    doc = analyse(nlp, text)
    direct = only(doc._.quotes, "direct")
    assert [q.text for q in direct] == ["We kept our promise,", "We will keep the next one too."]
    assert all("Carter" in (speaker_name(doc, q) or "") for q in direct)


def test_continuous_multi_sentence_quote_is_one_quote(nlp):
    text = 'Mayor Maria Lopez said "the roads are closed. We are working on it. Stay at home."'
    doc = analyse(nlp, text)
    direct = only(doc._.quotes, "direct")
    assert len(direct) == 1
    assert direct[0].text == "the roads are closed. We are working on it. Stay at home."
    assert "Lopez" in (speaker_name(doc, direct[0]) or "")


def test_quote_over_several_paragraphs_is_one_quote(nlp):
    text = (
        'Mayor Maria Lopez spoke to the council. "The roads are closed and the schools are shut.\n\n'
        '"We will reopen them when the water goes down," she said.'
    )
    doc = analyse(nlp, text)
    direct = only(doc._.quotes, "direct")
    assert len(direct) == 1
    q = direct[0]
    assert "roads are closed" in q.text and "water goes down" in q.text
    assert "Lopez" in (speaker_name(doc, q) or "")


def test_following_quote_paragraph_keeps_the_speaker(nlp):
    text = (
        '"We kept our promise," said Governor John Carter.\n\n'
        '"Nobody believed we could do it. Now they do."\n\n'
        "The vote was close."
    )
    doc = analyse(nlp, text)
    direct = only(doc._.quotes, "direct")
    assert len(direct) == 2
    assert all("Carter" in (speaker_name(doc, q) or "") for q in direct)


def test_scare_quotes_are_not_quotations(nlp):
    text = 'The so-called "reform" of the tax code passed the senate on Monday.'
    doc = analyse(nlp, text)
    assert doc._.quotes == []


# ---- partial and indirect speech -------------------------------------------------------------


def test_partial_quote_takes_the_reporting_clause(nlp):
    text = "Senator Maria Lopez said the plan was a \u201cdisaster\u201d for the city."
    doc = analyse(nlp, text)
    assert only(doc._.quotes, "direct") == []
    (q,) = doc._.quotes
    assert q.kind == "partial"
    assert "the plan was a" in q.text and "disaster" in q.text
    assert "Lopez" in (speaker_name(doc, q) or "")
    assert q.cue == "said"


@pytest.mark.parametrize(
    "text, cue, content, surname",
    [
        ("Senator Maria Lopez said that the budget would pass next week.", "said", "the budget would pass next week", "Lopez"),
        ("Senator Maria Lopez said the budget would pass next week.", "said", "the budget would pass next week", "Lopez"),
        ("The budget will pass next week, Senator Maria Lopez said.", "said", "The budget will pass next week", "Lopez"),
        ("The budget, Senator Maria Lopez said, will pass next week.", "said", "will pass next week", "Lopez"),
        ("Governor John Carter announced on Friday that the state would raise taxes.", "announced", "the state would raise taxes", "Carter"),
        ("Governor John Carter acknowledged that the state was in debt.", "acknowledged", "the state was in debt", "Carter"),
        ("Governor John Carter has vowed to veto the bill.", "vowed", "veto the bill", "Carter"),
    ],
)
def test_indirect_speech(nlp, text, cue, content, surname):
    doc = analyse(nlp, text)
    (q,) = doc._.quotes
    assert q.kind == "indirect"
    assert q.cue == cue and text[q.cue_span[0] : q.cue_span[1]] == cue
    assert content in q.text
    assert "Senator" not in q.text and "Governor" not in q.text
    assert surname in (speaker_name(doc, q) or "")


def test_told_gives_the_addressee(nlp):
    text = "President Pedro Alvarez told Chancellor Greta Olsen on Monday that their positions were close."
    doc = analyse(nlp, text)
    (q,) = doc._.quotes
    assert q.cue == "told"
    assert "Alvarez" in (speaker_name(doc, q) or "")
    assert "Olsen" in names_of(doc, [q.addressee])[0]
    assert "their positions were close" in q.text


def test_conjoined_reports_give_one_quote_each_and_resolve_he(nlp):
    text = (
        "Governor John Carter acknowledged that the state was in debt but he said that "
        "the schools would stay open."
    )
    doc = analyse(nlp, text)
    assert [q.cue for q in doc._.quotes] == ["acknowledged", "said"]
    first, second = doc._.quotes
    assert "the state was in debt" in first.text and "schools" not in first.text
    assert "the schools would stay open" in second.text
    assert text[second.source_span[0] : second.source_span[1]] == "he"
    assert "Carter" in (speaker_name(doc, second) or "")


def test_according_to(nlp):
    text = "At least 500 people have been displaced by the floods, according to the United Nations."
    doc = analyse(nlp, text)
    (q,) = doc._.quotes
    assert q.kind == "according_to"
    assert q.cue == "according to"
    assert "500 people have been displaced" in q.text and "United Nations" not in q.text
    assert "United Nations" in text[q.source_span[0] : q.source_span[1]]


def test_coordinated_source_lists_every_speaker(nlp):
    text = "Britain and France said that the sanctions would remain in place."
    doc = analyse(nlp, text)
    (q,) = doc._.quotes
    names = names_of(doc, q.speakers)
    assert any("Britain" in n for n in names) and any("France" in n for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "Governor John Carter did not say that the state would raise taxes.",  # negated: not said
        "The company added 200 jobs in March.",  # "add" without a reported clause
        "All told, the storm cost the city two million dollars.",
        "The said contract was signed in 2010.",
    ],
)
def test_no_quote(nlp, text):
    assert analyse(nlp, text)._.quotes == []


def test_spans_are_offsets_into_the_text(nlp):
    text = (
        "Governor John Carter said that the state was in debt.\n\n"
        '"We will fix it," Carter told reporters. At least 500 people lost their homes, according to the Red Cross.'
    )
    doc = analyse(nlp, text)
    assert len(doc._.quotes) == 3
    for q in doc._.quotes:
        for span in (q.span, q.cue_span, q.source_span):
            assert span is not None and 0 <= span[0] < span[1] <= len(text)
        if q.kind != "according_to":
            assert text[q.span[0] : q.span[1]] == q.text


@pytest.mark.parametrize("text, cue", [
    # a speech verb inside the quoted words ("maintaining") is no second report of them: the
    # cue outside ("they said") is kept, and the words are one quotation
    ('The tenants union wrote to the council on Monday. This would "restore the rights of tenants to stay '
     'in their homes, while maintaining enough flexibility for landlords to cope with arrears", they said.', "said"),
])
def test_one_quotation_is_one_record_under_the_cue_that_reports_it(nlp, text, cue):
    doc = analyse(nlp, text)
    spans = [tuple(q.span) for q in doc._.quotes]
    assert len(spans) == len(set(spans))
    quote = next(q for q in doc._.quotes if "restore the rights" in q.text)
    assert quote.cue == cue


@pytest.mark.parametrize("text, content, name", [
    # the tagger names the party in the first sentence and misses it before a plural verb
    ('Labour published its plans on Monday. Labour say a Lib Dem vote could "let the Tories in".', "Lib Dem vote", "Labour"),
    ("Labour published its plans on Monday. Labour say a Lib Dem vote could let the Tories in.", "Lib Dem vote", "Labour"),
    # a charity the tagger reads as a person once and as nothing the second time
    ('Age Concern, a charity, published a survey on Monday. Later, Age Concern says the over-55s are '
     '"united around" key areas of policy.', "over-55s", "Age Concern"),
])
def test_a_source_spelled_as_an_actor_name_is_that_actor(nlp, text, content, name):
    doc = analyse(nlp, text)
    quote = next(q for q in doc._.quotes if content in q.text)
    assert speaker_name(doc, quote) == name


@pytest.mark.parametrize("text, content", [
    # the same words in lower case are a description, not the name: "the government" says nothing
    # of which body named "Government ..." it is
    ('Government Watch published a survey on Monday. The government says the survey is "flawed".', "survey is"),
])
def test_a_description_is_not_a_name_spelled_alike(nlp, text, content):
    doc = analyse(nlp, text)
    quote = next(q for q in doc._.quotes if content in q.text)
    assert speaker_name(doc, quote) != "Government Watch"
