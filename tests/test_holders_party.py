""""The party" as a holder (coincide.nlp.holders.described_party, issue 13): a definite "the party"
with no words of its own stands for a party the story names: the speaker's when their role names
it, else the party last the subject of a sentence, else the one named last. Invented sentences on
the whole pipeline and the real model."""

from __future__ import annotations

import pytest

from pipeline_helpers import analyse


def holder_names(doc, issue_word):
    names = {a.id: a.name for a in doc._.actors}
    return [names.get(p.holder) for p in doc._.positions if issue_word in p.issue]


@pytest.mark.parametrize(
    "text, issue_word, holder",
    [
        # the party last the subject, not the one attacked
        ("The Labour Party said on Monday that it would cut taxes. Prime Minister Tony Blair spoke in "
         "London. Mr Blair attacked the Conservatives. The party opposed the plans to raise "
         "tuition fees.", "tuition", "Labour Party"),
        # the speaker's own party, named in their title
        ("The Liberal Democrats met in Brighton on Monday. The Conservatives met in Blackpool. "
         "Liberal Democrat leader Charles Kennedy said the party opposed tuition fees.",
         "tuition", "Liberal Democrats"),
    ],
)
def test_the_party_is_a_party_the_story_names(nlp, text, issue_word, holder):
    doc = analyse(nlp, "Party row\n\n" + text, published="2005-01-01")
    # the parties holding the stance: exactly the right one. The stance classifier may also give the
    # person who reports it a position of their own ("Kennedy said the party opposed ..."); that is
    # not what "the party" stands for (a filter for it lost positions on both halves: issuer6p)
    parties = {a.name for a in doc._.actors if a.kind != "person"}
    got = [n for n in holder_names(doc, issue_word) if n in parties]
    assert got == [holder], [(a.name, a.kind) for a in doc._.actors]


@pytest.mark.parametrize(
    "text",
    [
        # no party named: nobody to stand for
        "Prime Minister Tony Blair spoke in London. The party opposed the plans to raise tuition fees.",
        # a description of its own ("the ruling party") is not resolved here
        "The Labour Party met in London. The ruling party opposed the plans to raise tuition fees.",
    ],
)
def test_the_party_with_no_party_named_or_words_of_its_own_holds_nothing(nlp, text):
    doc = analyse(nlp, "Party row\n\n" + text, published="2005-01-01")
    assert "Labour Party" not in holder_names(doc, "tuition")
    assert all(h is not None for h in holder_names(doc, "tuition"))


def test_bare_ministers_speak_for_the_storys_one_government(nlp):
    text = ("Care bill row\n\nThe government published the mental capacity bill on Monday. Prime Minister "
            "Tony Blair spoke in London. Ministers oppose the plans to cut school budgets.")
    doc = analyse(nlp, text, published="2005-01-01")
    names = {a.id: (a.name, a.kind) for a in doc._.actors}
    assert any(names.get(p.holder, ("", ""))[1] == "government" for p in doc._.positions), (
        [(names.get(p.holder), p.issue) for p in doc._.positions])


def test_ministers_with_words_of_their_own_are_not_the_government(nlp):
    text = ("Care bill row\n\nThe government published the mental capacity bill on Monday. Prime Minister "
            "Tony Blair spoke in London. Two junior ministers oppose the plans to cut school budgets.")
    doc = analyse(nlp, text, published="2005-01-01")
    names = {a.id: (a.name, a.kind) for a in doc._.actors}
    assert not any(names.get(p.holder, ("", ""))[1] == "government" and "school" in p.statement
                   for p in doc._.positions)
