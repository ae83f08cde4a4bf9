"""The stance lexicon: which words say that somebody is for or against something.

Everything is keyed by lemma and by the grammatical slot that holds the proposition, because the
same verb is a stance only in some frames: "called for talks" is support, "called Obama" is not;
"warned against" is opposition, "warned that" is a prediction. A frame lists the dependents that
carry the proposition:

    "xcomp"     an infinitive or gerund complement   ("want to stop", "start sending")
    "dobj"      a direct object                      ("welcomed the ruling")
    "dobj+as"   a direct object judged with "as"     ("attacked the pledges as vacuous")
    "dobj+for"  the act a direct object is judged for ("criticised Blair for ignoring the report")
    "obj+xcomp" an object with its own infinitive    ("urged Assad to leave power")
    "ccomp"     a finite clause                      ("insisted that ...")
    "prep:for"  the object of that preposition       ("called for talks")

Negation does not simply flip a stance (see `negated`): "has not urged X" is silence, not
opposition; "will not back the bill" is a refusal, which is opposition.
"""

from __future__ import annotations

from . import lexicon

SUPPORT = "support"
OPPOSE = "oppose"
NEUTRAL = "neutral"

def _framed(key: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {word: (entry["stance"], tuple(entry["frames"])) for word, entry in lexicon.table("stance", key).items()}


# lemma -> (polarity, frames). Verbs of wanting, advocating, committing and welcoming
# (lexicon/stance.toml [verbs]).
VERBS = _framed("verbs")
# lemma -> (polarity, frames): what a government, court or party does to a plan or law ("signed the
# bill", "repealed the ban"). A stance where it is the act reported; inside a chain ("wants to scrap
# the tax") it is the matter wanted, not a second stance, so chains read VERBS only.
ENACTED = _framed("enacted")
# Acts the rules read as ENACTED and the classifier does not ([rule_enacted]: "announced a ban").
RULE_ENACTED = _framed("rule_enacted")
# Every act the rules read, an entry of [enacted] first.
RULES_ENACTED = {**RULE_ENACTED, **ENACTED}
# Frames that take a different polarity from the verb's default ([frame_polarity]); each is also a
# frame of its verb, tried after the verb's own.
FRAME_POLARITY: dict[tuple[str, str], str] = {
    (lemma, entry["frame"]): entry["stance"] for lemma, entry in lexicon.table("stance", "frame_polarity").items()
}
for (_lemma, _frame), _pol in FRAME_POLARITY.items():
    VERBS[_lemma] = (VERBS[_lemma][0], VERBS[_lemma][1] + (_frame,))

# Verbs whose negation is silence, not the opposite: "has not urged X" does not mean opposing X.
ADVOCACY = lexicon.words("stance", "advocacy")
# Nouns of attitude an actor has, shares, voices or owns. noun -> (polarity, frames)
NOUNS = _framed("nouns")
# Nouns of attitude the rules read and the classifier does not ([rule_nouns]: "an attack on").
RULE_NOUNS = _framed("rule_nouns")
# Every noun the rules read (positions._trigger_entry), an entry of [nouns] first.
RULES_NOUNS = {**RULE_NOUNS, **NOUNS}
# Commitments count only when the actor makes, repeats or keeps them ("broke his promise").
NOUNS_NEED_CARRIER = lexicon.words("stance", "nouns_need_carrier")
# Objects that are a plan, act or policy: "attacked" one of these is opposition.
POLICY_NOUNS = lexicon.words("stance", "policy_nouns")
# Nouns that stand for a part of a plan named in their of-phrase ("a revised version of the Act").
POLICY_PARTS = lexicon.words("stance", "policy_parts")
# Verbs that hand an attitude noun to their subject.
NOUN_CARRIERS = lexicon.words("stance", "noun_carriers")
# Adjectives after be/remain/seem. adjective -> (polarity, frames)
ADJECTIVES = _framed("adjectives")

# Evaluations a speaker gives of a matter (lexicon/evaluation.toml): adjectives and nouns that take
# a side on a plan or act, and words that do so only of an act put as an infinitive.
EVALUATIVE_ADJECTIVES = lexicon.polarities("evaluation", "adjectives")
EVALUATIVE_NOUNS = lexicon.polarities("evaluation", "nouns")
EVALUATIVE_OF_ACTS = lexicon.polarities("evaluation", "of_acts")
# Which way a word judges a thing, from a general sentiment lexicon (lexicon/valence.toml, VADER):
# read only where the grammar already says an evaluation is given ("called X a Y").
VALENCE = lexicon.polarities("valence", "words")


def flip(polarity: str) -> str:
    return {SUPPORT: OPPOSE, OPPOSE: SUPPORT}.get(polarity, polarity)


def negated(polarity: str, lemma: str, committed: bool) -> str | None:
    """The stance of a negated trigger, or None when the negation leaves no stance at all.

    Not opposing is not supporting ("did not oppose" -> neutral). Not urging is silence (neutral).
    Not wanting or backing is opposition when it is a present attitude or a declared refusal
    ("does not want", "will not back"), but only silence when it reports a past non-event.
    """
    if polarity == OPPOSE:
        return NEUTRAL
    if lemma in ADVOCACY:
        return NEUTRAL
    return OPPOSE if committed else NEUTRAL


def compose(outer: str, inner: str) -> str | None:
    """Stance of an attitude towards an attitude: "refused to back" = oppose, "agreed to push" = support."""
    if outer == SUPPORT:
        return inner
    if outer == OPPOSE and inner == SUPPORT:
        return OPPOSE
    return None  # "refused to condemn" is not support: say nothing
