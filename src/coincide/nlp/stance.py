"""The stance lexicon: which words say that somebody is for or against something.

Everything is keyed by lemma and by the grammatical slot that holds the proposition, because the
same verb is a stance only in some frames: "called for talks" is support, "called Obama" is not;
"warned against" is opposition, "warned that" is a prediction. A frame lists the dependents that
carry the proposition:

    "xcomp"     an infinitive or gerund complement   ("want to stop", "start sending")
    "dobj"      a direct object                      ("welcomed the ruling")
    "dobj+as"   a direct object judged with "as"     ("attacked the pledges as vacuous")
    "obj+xcomp" an object with its own infinitive    ("urged Assad to leave power")
    "ccomp"     a finite clause                      ("insisted that ...")
    "prep:for"  the object of that preposition       ("called for talks")

Negation does not simply flip a stance (see `negated`): "has not urged X" is silence, not
opposition; "will not back the bill" is a refusal, which is opposition.
"""

from __future__ import annotations

SUPPORT = "support"
OPPOSE = "oppose"
NEUTRAL = "neutral"

_ALL_OBJ = ("xcomp", "dobj", "obj+xcomp")

# lemma -> (polarity, frames). Verbs of wanting, advocating, committing and welcoming.
VERBS: dict[str, tuple[str, tuple[str, ...]]] = {
    # wanting and intending
    "want": (SUPPORT, ("xcomp", "dobj", "obj+xcomp")),
    "wish": (SUPPORT, ("xcomp",)),
    "seek": (SUPPORT, ("xcomp", "dobj")),
    "intend": (SUPPORT, ("xcomp",)),
    "aim": (SUPPORT, ("xcomp", "prep:for", "prep:at")),
    "plan": (SUPPORT, ("xcomp",)),
    "hope": (SUPPORT, ("xcomp", "prep:for")),
    "prefer": (SUPPORT, ("xcomp", "dobj")),
    "favour": (SUPPORT, ("dobj", "xcomp")),
    "favor": (SUPPORT, ("dobj", "xcomp")),
    # advocating
    "support": (SUPPORT, ("dobj",)),
    "back": (SUPPORT, ("dobj",)),
    "endorse": (SUPPORT, ("dobj",)),
    "champion": (SUPPORT, ("dobj",)),
    "defend": (SUPPORT, ("dobj",)),
    "urge": (SUPPORT, ("obj+xcomp", "dobj")),
    "call": (SUPPORT, ("prep:for", "obj+xcomp")),
    "push": (SUPPORT, ("prep:for", "xcomp")),
    "press": (SUPPORT, ("prep:for", "obj+xcomp")),
    "lobby": (SUPPORT, ("prep:for",)),
    "campaign": (SUPPORT, ("prep:for", "xcomp")),
    "argue": (SUPPORT, ("prep:for",)),
    "vote": (SUPPORT, ("prep:for", "xcomp")),
    "demand": (SUPPORT, ("dobj", "xcomp")),
    "insist": (SUPPORT, ("prep:on",)),
    "encourage": (SUPPORT, ("obj+xcomp", "dobj")),
    "propose": (SUPPORT, ("dobj", "xcomp")),
    # who puts a plan forward stands for it: "unveiled plans to cap immigration"
    "unveil": (SUPPORT, ("dobj",)),
    "advocate": (SUPPORT, ("dobj",)),
    "recommend": (SUPPORT, ("dobj",)),
    # welcoming
    "welcome": (SUPPORT, ("dobj",)),
    "praise": (SUPPORT, ("dobj",)),
    "hail": (SUPPORT, ("dobj",)),
    "applaud": (SUPPORT, ("dobj",)),
    # "accept" is left out: "accepted the deal" is support, "accepted people's frustration" is not
    # committing and working towards
    "agree": (SUPPORT, ("xcomp", "prep:to", "prep:on")),
    "vow": (SUPPORT, ("xcomp",)),
    "pledge": (SUPPORT, ("xcomp", "dobj")),
    "promise": (SUPPORT, ("xcomp", "dobj")),
    "commit": (SUPPORT, ("prep:to",)),
    "work": (SUPPORT, ("xcomp", "prep:towards", "prep:toward")),  # "work for X" is mostly a job
    "try": (SUPPORT, ("xcomp",)),
    "strive": (SUPPORT, ("xcomp", "prep:for")),
    "start": (SUPPORT, ("xcomp",)),
    "begin": (SUPPORT, ("xcomp",)),
    "decide": (SUPPORT, ("xcomp",)),
    # opposing
    "oppose": (OPPOSE, ("dobj", "prep:to")),
    "reject": (OPPOSE, ("dobj",)),
    "condemn": (OPPOSE, ("dobj",)),
    "denounce": (OPPOSE, ("dobj",)),
    "dismiss": (OPPOSE, ("dobj",)),
    "criticise": (OPPOSE, ("dobj",)),
    "criticize": (OPPOSE, ("dobj",)),
    # "attacked the town" is an event; "attacked the pledges as vacuous" or "attacked the Tory plans" a stance
    "attack": (OPPOSE, ("dobj+as", "dobj:policy")),
    "accuse": (OPPOSE, ("prep:of",)),  # "accused X of telling lies": against the telling of lies
    "slam": (OPPOSE, ("dobj",)),
    "deplore": (OPPOSE, ("dobj",)),
    "refuse": (OPPOSE, ("xcomp", "dobj")),
    "deny": (OPPOSE, ()),  # mostly denial of facts ("denied that ..."), which is no stance
    "resist": (OPPOSE, ("dobj",)),
    "block": (OPPOSE, ("dobj",)),
    "veto": (OPPOSE, ("dobj",)),
    # "warned voters not to back X" is opposition to backing X; "warned voters to expect cuts" is a
    # prediction, so only the negated infinitive counts (frame "obj+notxcomp")
    "warn": (OPPOSE, ("prep:against", "obj+notxcomp")),
    "caution": (OPPOSE, ("prep:against",)),
    "object": (OPPOSE, ("prep:to",)),
    "protest": (OPPOSE, ("prep:against",)),
    "scrap": (OPPOSE, ()),
}
# Frames that take a different polarity from the verb's default.
FRAME_POLARITY: dict[tuple[str, str], str] = {
    ("argue", "prep:against"): OPPOSE,
    ("vote", "prep:against"): OPPOSE,
    ("campaign", "prep:against"): OPPOSE,
    ("lobby", "prep:against"): OPPOSE,
    ("work", "prep:against"): OPPOSE,
    ("warn", "obj+notxcomp"): SUPPORT,  # support for not doing Y, composed to opposition of Y
}
for (_lemma, _frame), _pol in FRAME_POLARITY.items():
    VERBS[_lemma] = (VERBS[_lemma][0], VERBS[_lemma][1] + (_frame,))

# Verbs whose negation is silence, not the opposite: "has not urged X" does not mean opposing X.
ADVOCACY = frozenset(
    "urge call push press lobby campaign argue demand insist encourage propose advocate recommend unveil "
    "praise hail applaud welcome seek vow pledge promise commit work try strive start begin decide "
    "defend endorse champion".split()
)

# Nouns of attitude, taken when an actor has, shares, expresses or voices them ("have the intention
# to", "share an interest in") or owns them ("Russia's support for"). noun -> (polarity, frames)
NOUNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "interest": (SUPPORT, ("prep:in",)),
    "intention": (SUPPORT, ("acl", "prep:of")),
    "desire": (SUPPORT, ("acl", "prep:for")),
    "wish": (SUPPORT, ("acl",)),
    "determination": (SUPPORT, ("acl",)),
    "commitment": (SUPPORT, ("acl", "prep:to")),
    "support": (SUPPORT, ("prep:for",)),
    "backing": (SUPPORT, ("prep:for",)),
    "call": (SUPPORT, ("prep:for",)),
    "plan": (SUPPORT, ("acl",)),
    "opposition": (OPPOSE, ("prep:to",)),
    "objection": (OPPOSE, ("prep:to",)),
    "concern": (OPPOSE, ("prep:about", "prep:over")),
    "pledge": (SUPPORT, ("acl",)),
    "promise": (SUPPORT, ("acl",)),
    "vow": (SUPPORT, ("acl",)),
}
# Commitments count only when the actor makes, repeats or keeps them: "went back on his pledge to
# stand aside" and "broke his promise" are pledges no longer held, so owning one is not enough.
NOUNS_NEED_CARRIER = frozenset("pledge promise vow".split())
# Objects that are a plan, act or policy: "attacked" one of these is opposition, while "attacked"
# a place or a person is an event or a quarrel.
POLICY_NOUNS = frozenset(
    """plan policy proposal pledge scheme bill law budget decision reform tax strategy manifesto
    legislation measure programme program idea deal stance approach handling cut rise spending
    initiative move record""".split()
)
# Verbs that hand an attitude noun to their subject.
NOUN_CARRIERS = frozenset("have share express voice reiterate signal show state restate repeat give make renew reaffirm".split())

# Adjectives after be/remain/seem. adjective -> (polarity, frames)
ADJECTIVES: dict[str, tuple[str, tuple[str, ...]]] = {
    "concerned": (OPPOSE, ("ccomp", "prep:about", "prep:over", "prep:by")),
    "worried": (OPPOSE, ("ccomp", "prep:about", "prep:over", "prep:by")),
    "opposed": (OPPOSE, ("prep:to",)),
    "against": (OPPOSE, ()),
    "committed": (SUPPORT, ("prep:to", "xcomp")),
    "determined": (SUPPORT, ("xcomp",)),
    "keen": (SUPPORT, ("xcomp", "prep:on")),
    "eager": (SUPPORT, ("xcomp",)),
    "willing": (SUPPORT, ("xcomp",)),
    "ready": (SUPPORT, ("xcomp",)),
    "unwilling": (OPPOSE, ("xcomp",)),
    "reluctant": (OPPOSE, ("xcomp",)),
    "supportive": (SUPPORT, ("prep:of",)),
    "critical": (OPPOSE, ("prep:of",)),
    "hostile": (OPPOSE, ("prep:to",)),
    "in favour": (SUPPORT, ("prep:of",)),
    "in favor": (SUPPORT, ("prep:of",)),
}

# Evaluations a speaker gives of a matter: "said the plan was unworkable", "described the tax as a
# con". Only words that take a side on a plan or act, not words of size, likelihood or surprise
# ("big", "likely", "surprising") nor of mood ("disappointed" is of the speaker, not the matter),
# nor of harm to someone ("damaging for Mr X" judges an episode's effect, not a plan).
EVALUATIVE_ADJECTIVES: dict[str, str] = {
    **{w: OPPOSE for w in """unworkable wrong unfair flawed misguided ludicrous absurd unacceptable dangerous
       unjust outrageous disgraceful irresponsible ill-conceived illiberal draconian pointless
       counterproductive counter-productive discriminatory scandalous shameful deplorable wrong-headed
       wrongheaded ridiculous bonkers nonsensical unaffordable undemocratic unconstitutional divisive
       shambolic unethical immoral reckless disastrous appalling unworthy unwise foolish unjustified
       unjustifiable indefensible unnecessary""".split()},
    **{w: SUPPORT for w in """vital essential welcome sensible crucial right fair excellent worthwhile
       justified necessary desirable beneficial""".split()},
}
EVALUATIVE_NOUNS: dict[str, str] = {
    **{w: OPPOSE for w in """disaster mistake shambles farce scandal nonsense betrayal gimmick fiasco sham con
       insult outrage folly travesty error blunder disgrace madness stunt catastrophe""".split()},
    **{w: SUPPORT for w in "necessity priority".split()},
}
# Adjectives that evaluate only an act put as an infinitive ("it is important to keep X"), not a
# thing ("the election is important" takes no side).
EVALUATIVE_OF_ACTS: dict[str, str] = {"important": SUPPORT, "time": SUPPORT}

# Modal verbs that make a stance a possibility, not a stance: "might back" says nothing yet.
HEDGES = frozenset("might may could".split())
HEDGING_ADVERBS = frozenset("probably possibly perhaps maybe apparently presumably supposedly".split())
# Modal verbs that turn a negated attitude into a refusal: "will not back" is opposition.
COMMITTING_MODALS = frozenset("will would shall can ca wo".split())
# Deontic modals: "Britain should join" said by someone is that someone's support.
DEONTIC = frozenset("should must ought".split())


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
