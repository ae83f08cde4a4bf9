"""Issue labels that mean something on their own (coincide.nlp.issues), on the real spaCy model.

Each case is an invented sentence for one pattern the label reads: a compound inside a compound
("stem cell research"), a noun's infinitive ("plans to raise council tax"), a gerund's phrase
after a preposition ("improvements in reporting fraud"), and the object's own phrase in a verb's
label ("give two hours of sports lessons"). The grouping key stays the head's stem, so positions
still meet within and across stories as before; only the words a reader sees grow.
"""

from __future__ import annotations

import pytest

from coincide.nlp.issues import group_issues, noun_label, verb_label


@pytest.fixture(scope="module")
def nlp(parse):
    """The bare parser: conftest's `parse`, the model the settings name, loaded once a session."""
    return parse


def label_of(nlp, text, word):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    return verb_label(tok) if tok.pos_ in ("VERB", "AUX") else noun_label(tok)


@pytest.mark.parametrize(
    "text, word, label, key",
    [
        # compounds of compounds: the whole classifying chain
        ("The charity backed stem cell research.", "research", "stem cell research", "+research"),
        ("The minister opposed the house arrest powers.", "powers", "house arrest power", "+power"),
        ("They backed the ID cards bill.", "bill", "ID card bill", "+bill"),
        # a noun's infinitive says what the plan or the action is
        ("Ministers unveiled plans to raise council tax.", "plans", "plan to raise council tax", "+plan"),
        ("The party wants action to reach the poverty goals.", "action", "action to reach poverty goal", "+action"),
        # a gerund after a preposition, with its object
        ("The report called for improvements in reporting fraud.", "improvements", "improvement in report fraud",
         "+improvement"),
        # a verb's object keeps its own "of" phrase
        ("Labour pledged to give all children two hours of sports lessons a week.", "give",
         "give hour of sport lesson", "+give:hour"),
    ],
)
def test_a_label_is_a_phrase_that_names_the_matter(nlp, text, word, label, key):
    got = label_of(nlp, text, word)
    assert got is not None
    assert (got.text, got.key) == (label, key)


@pytest.mark.parametrize(
    "text, word",
    [
        ("The union backed plans.", "plans"),
        ("The party opposed the tax.", "tax"),
    ],
)
def test_a_bare_noun_stays_its_lemma(nlp, text, word):
    got = label_of(nlp, text, word)
    assert got is not None and got.text == got.text.split()[-1] == word.rstrip("s")


def test_a_long_phrase_is_cut_to_a_name(nlp):
    got = label_of(nlp, "Ministers unveiled plans to raise the council tax of every household of every borough "
                        "of every county of the realm.", "plans")
    assert got is not None and len(got.text.split()) <= 9


def test_phrases_on_one_head_still_group(nlp):
    first = label_of(nlp, "Ministers unveiled plans to raise council tax.", "plans")
    second = label_of(nlp, "The Tories attacked the plans.", "plans")
    texts = group_issues([first, second])
    assert texts[0] == texts[1]


@pytest.mark.parametrize(
    "text, word, label",
    [
        # a named owner says whose powers they are
        ("The judges attacked the Home Office's powers.", "powers", "power of Home Office"),
        # a pronoun owner names nobody; a plan's owner counts when the story never named the plan
        # in full (test_a_bare_head_is_completed_from_the_story)
        ("The judges attacked its powers.", "powers", "power"),
        ("The judges attacked Mr Blair's plans.", "plans", "plan of Blair"),
    ],
)
def test_a_named_owner_joins_the_label(nlp, text, word, label):
    got = label_of(nlp, text, word)
    assert got is not None and got.text == label and got.key == "+" + word.rstrip("s")


def last_label_of(nlp, text, word):
    """The label of the last token written `word` (the one pointing back)."""
    doc = nlp(text)
    tok = [t for t in doc if t.text == word][-1]
    return noun_label(tok)


@pytest.mark.parametrize(
    "text, word, label",
    [
        # a bare head with nothing in its own phrase is the same noun the story named in full before
        ("The council announced a scheme to build cheap homes. Residents attacked the scheme.", "scheme",
         "scheme to build home"),
        ("Ministers published the asylum bill on Monday. The Liberal Democrats opposed the bill.", "bill",
         "asylum bill"),
        # else its named owner says whose it is
        ("Critics attacked Brown's plan.", "plan", "plan of Brown"),
        # the plan named in full comes first, however far back: "the ID cards plan" ... "his plan"
        ("Mr Blair defended the ID cards plan. Voters were asked. Polls were held. Many wrote in. "
         "Critics attacked Mr Blair's plan.", "plan", "ID card plan"),
        # a pronoun object points back to the plan, bill or measure the story named in full
        ("The government unveiled plans to close courts. The Tories opposed them.", "them", "plan to close court"),
    ],
)
def test_a_bare_head_is_completed_from_the_story(nlp, text, word, label):
    got = last_label_of(nlp, text, word)
    assert got is not None and got.text == label


@pytest.mark.parametrize(
    "text, word",
    [
        # nothing named in full before: the head stays bare (and DROP_BARE would drop it)
        ("Mr Howard said he opposed the decision.", "decision"),
        # "it" after a noun that is no plan or measure names no matter here
        ("The minister met the union. The party opposed it.", "it"),
    ],
)
def test_nothing_named_before_leaves_no_completion(nlp, text, word):
    got = last_label_of(nlp, text, word)
    assert got is None or got.text == word


def test_a_bare_label_gives_no_target_when_dropping(nlp, monkeypatch):
    import coincide.nlp.issues as issues

    doc = nlp("Mr Howard said he opposed the decision.")
    tok = next(t for t in doc if t.text == "decision")
    assert issues.is_bare(noun_label(tok))
    monkeypatch.setattr(issues, "DROP_BARE", True)
    assert noun_label(tok) is None


@pytest.mark.parametrize(
    "text, word, label",
    [
        # an infinitive the small model hangs on the noun as xcomp or relcl
        ("Plans to abolish the regional councils were criticised by the unions.", "Plans", "plan to abolish regional council"),
        ("The minister backed measures to combat ageism.", "measures", "measure to combat ageism"),
        # "for X to Y"
        ("He rejected the critics' calls for the reform to be delayed.", "calls", "call for reform to be delayed"),
        # a content clause
        ("She denied the claims that she had misled the inquiry.", "claims", "claim that she mislead inquiry"),
        # its negation is its sense
        ("The Lords rejected a plea that the judge should not be a peer.", "plea", "plea that judge not be peer"),
        # a relative clause whose subject is the noun
        ("Labour wanted policies which encourage social mobility.", "policies", "policy that encourage social mobility"),
    ],
)
def test_a_bare_head_takes_its_own_clause(nlp, text, word, label):
    got = label_of(nlp, text, word)
    assert got is not None and got.text == label


def test_a_generic_head_left_bare_is_still_no_matter(nlp):
    # "the move" was never a matter alone (issues.toml generic); completing it must not make it one
    doc = nlp("Mr Howard welcomed the move.")
    assert noun_label(next(t for t in doc if t.text == "move")) is None
    doc = nlp("The union welcomed the move to raise the minimum wage.")
    got = noun_label(next(t for t in doc if t.text == "move"))
    assert got is not None and got.text == "move to raise wage"  # "minimum" grades (issues.toml grading)
