"""coincide_relations on positions found elsewhere (a trained stance classifier, a labelled set):
positions whose span is a whole sentence, whose trigger is the clause's verb or the sentence's
first word, and whose issue is a noun phrase (issues.noun_label), must pair as the rule positions
do. Invented stories, real model; the findings are placed by hand as such a component would."""

from __future__ import annotations

import pytest

from coincide.nlp.issues import group_issues, group_key, noun_label, verb_label
from coincide.nlp.positions import PositionFinding
from coincide.nlp.relations import RelationsComponent
from stance_helpers import build_doc

ACTORS = {
    "Labour": ("organization", "GBR"),
    "the Tories": ("organization", "GBR"),
    "France": ("country", "FRA"),
    "Germany": ("country", "DEU"),
}


@pytest.fixture(scope="module")
def model(parse):
    """The bare parser: conftest's `parse`, the model the settings name, loaded once a session."""
    return parse


def relations(model, text, placed):
    """placed: (holder name, stance, words of the issue's noun phrase, trigger word or None for the
    sentence's first word), one a sentence, in story order; each finding spans its whole sentence."""
    doc, names = build_doc(model, text, ACTORS)
    ids = {n: i for i, n in names.items()}
    labels, rest, start = [], [], 0
    for holder, stance, phrase, trigger in placed:  # in story order, one sentence after another
        at = text.index(phrase, start)
        phrase_span = doc.char_span(at, at + len(phrase), alignment_mode="expand")
        sent = phrase_span.sent
        labels.append(noun_label(phrase_span.root))
        trig = next(t for t in sent if t.text == trigger) if trigger else sent[0]
        rest.append(((ids[holder],), stance, (sent.start_char, sent.end_char), trig.idx))
        start = sent.end_char
    doc._.position_findings = [
        PositionFinding(hs, st, text_, key, span, False, None, trig)
        for (hs, st, span, trig), text_, key in zip(rest, group_issues(labels), group_key(labels))
    ]
    RelationsComponent()(doc)
    return {(frozenset(names[a] for a in r.actors), r.relation) for r in doc._.relations}


@pytest.mark.parametrize("trigger_at_start", [False, True])
@pytest.mark.parametrize(
    "text, placed, relation",
    [
        # head noun match across wordings, the whole sentence as span
        ("Labour said on Monday that it would back the council tax plan because families need help. "
         "The Tories said they would fight the plan all the way.",
         [("Labour", "support", "council tax plan", "back"), ("the Tories", "oppose", "plan", "fight")], "diverge"),
        # a noun phrase with a preposition: "the ban on smoking" is the smoking ban
        ("France said it backed the ban on smoking in bars. Germany, its ministers said, also wants the smoking ban.",
         [("France", "support", "ban on smoking", "backed"), ("Germany", "support", "smoking ban", "wants")], "coincide"),
        # a label word used as a verb elsewhere in the sentence is not the label's verb: "the tax
        # bill" stays a bill, which "the measure" is
        ("Labour, which plans to tax the rich, backed the tax bill on Monday. The Tories opposed the measure.",
         [("Labour", "support", "tax bill", "backed"), ("the Tories", "oppose", "measure", "opposed")], "diverge"),
    ],
)
def test_sentence_positions_on_one_matter_pair(model, text, placed, relation, trigger_at_start):
    if trigger_at_start:
        placed = [(h, s, p, None) for h, s, p, _ in placed]
    a, b = placed[0][0], placed[1][0]
    assert (frozenset({a, b}), relation) in relations(model, text, placed)


def test_a_holder_named_at_the_trigger_is_not_the_matter(model):
    """A sentence-long position whose trigger is the holder's own name is not a stand on that
    actor: "Germany backed the treaty" and "France attacked Germany" are different matters."""
    text = "Germany backed the treaty on Monday. France attacked Germany on Tuesday."
    placed = [("Germany", "support", "treaty", None), ("France", "oppose", "Germany on Tuesday", "attacked")]
    assert relations(model, text, placed) == set()


def test_different_matters_in_sentences_do_not_pair(model):
    text = "Labour said it would back the peace treaty. The Tories said they would fight the war in Iraq."
    placed = [("Labour", "support", "peace treaty", "back"), ("the Tories", "oppose", "war in Iraq", "fight")]
    assert relations(model, text, placed) == set()


def _positions_only(model, text, placed, all_positions):
    """Positions on doc._.positions with no finding, as a classifier adds them."""
    from coincide.records import Position

    doc, names = build_doc(model, text, ACTORS)
    ids = {n: i for i, n in names.items()}
    doc._.position_findings = []
    positions, start = [], 0
    for holder, stance, phrase, issue in placed:
        at = text.index(phrase, start)
        sent = doc.char_span(at, at + len(phrase), alignment_mode="expand").sent
        positions.append(Position(holder=ids[holder], stance=stance, issue=issue, statement=sent.text,
                                  span=(sent.start_char, sent.end_char)))
        start = sent.end_char
    doc._.positions = positions
    RelationsComponent(all_positions=all_positions)(doc)
    return {(frozenset(names[a] for a in r.actors), r.relation) for r in doc._.relations}


@pytest.mark.parametrize(
    "text, placed, relation",
    [
        ("Labour said on Monday that it would back the council tax plan. The Tories said they would fight the plan.",
         [("Labour", "support", "council tax plan", "council tax plan"), ("the Tories", "oppose", "plan", "plan")],
         "diverge"),
        # what another actor put forward, owned by them: "Germany's plan"
        ("France said it would never accept Germany's plan for the budget.",
         [("France", "oppose", "Germany's plan", "plan for budget")], "diverge"),
    ],
)
def test_positions_with_no_finding_are_related_when_asked(model, text, placed, relation):
    pair = frozenset({placed[0][0], placed[-1][0]}) if len(placed) > 1 else frozenset({"France", "Germany"})
    assert (pair, relation) in _positions_only(model, text, placed, all_positions=True)
    assert _positions_only(model, text, placed, all_positions=False) == set()


def test_the_setting_is_on_by_default():
    """On since it was measured on the labelled stories (coincide.toml gives the figures)."""
    from coincide.config import load_settings

    assert load_settings()["components"]["coincide_relations"]["all_positions"] is True


def act_relations(model, text, placed):
    """placed: (holder name, stance, verb) in story order; each finding is the verb's own words
    (its subtree) labelled as issues.verb_label reads it, as a labelled set placed on a verb."""
    doc, names = build_doc(model, text, ACTORS)
    ids = {n: i for i, n in names.items()}
    labels, rest, start = [], [], 0
    for holder, stance, verb in placed:
        at = text.index(verb, start)
        tok = doc.char_span(at, at + len(verb), alignment_mode="expand").root
        labels.append(verb_label(tok))
        rest.append(((ids[holder],), stance, (tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)), tok.idx))
        start = tok.sent.end_char
    texts = group_issues(labels)
    doc._.position_findings = [
        PositionFinding(hs, st, text_, key, span, False, None, trig)
        for (hs, st, span, trig), text_, key in zip(rest, texts, group_key(labels))
    ]
    RelationsComponent()(doc)
    return {(frozenset(names[a] for a in r.actors), r.relation) for r in doc._.relations}, texts


@pytest.mark.parametrize(
    "text, placed, relation",
    [
        # an act asked of someone, with no object: the act is the matter both sides take
        ("Labour urged the minister to resign. The Tories insisted that he should not resign.",
         [("Labour", "support", "resign"), ("the Tories", "oppose", "resign")], "diverge"),
        ("France faces a deadline to withdraw. Germany also wants it to withdraw.",
         [("France", "support", "withdraw"), ("Germany", "support", "withdraw")], "coincide"),
    ],
)
def test_a_bare_act_is_a_matter_of_its_own(model, text, placed, relation):
    got, labels = act_relations(model, text, placed)
    assert all(len(label.split()) == 1 for label in labels), labels  # the case read: a bare verb
    assert (frozenset({placed[0][0], placed[1][0]}), relation) in got, got


def one_statement_relations(model, text, holders, trigger):
    """Each holder given the same statement (the whole sentence as span, the same trigger), as a
    component that gives one Position per holder does; not named as joint parties."""
    doc, names = build_doc(model, text, ACTORS)
    ids = {n: i for i, n in names.items()}
    trig = next(t for t in doc if t.text == trigger)
    at = text.index("the plan")
    label = noun_label(doc.char_span(at, at + len("the plan"), alignment_mode="expand").root)
    doc._.position_findings = [
        PositionFinding((ids[h],), "support", label.text, f"+{label.text}", (0, len(text)), False, None, trig.idx)
        for h in holders
    ]
    RelationsComponent()(doc)
    return {(frozenset(names[a] for a in r.actors), r.relation) for r in doc._.relations}


@pytest.mark.parametrize(
    "text, related",
    [
        # one subject stands for both holders: one voice, no two positions that meet
        ("Labour and the Tories said on Monday that they would back the plan.", False),
        # two subjects in one sentence: two voices on one matter
        ("Labour said it would back the plan, and the Tories said they would back the plan too.", True),
    ],
)
def test_holders_of_one_statement_by_one_subject_speak_as_one(model, text, related):
    got = one_statement_relations(model, text, ["Labour", "the Tories"], "back")
    assert ((frozenset({"Labour", "the Tories"}), "coincide") in got) is related, got
