"""The cue lexicon: which words introduce what somebody said.

Lemmas, never surface forms, so "said", "says" and "saying" are one entry. The speech verbs are the
cues that occur in the PolNeAR training attributions (attributions-train.jsonl: "said" 3992,
"according to" 387, "told" 383, "added" 215, "wrote" 199, "called" 116, "asked" 103, "noted" 95,
"reported" 93, "announced" 76, "suggested" 73, "tweeted" 60, "argued" 50, "explained" 40,
"acknowledged" 36, "declared" 35 ... down to cues seen a handful of times) plus the general
reporting verbs of English news that take a clause ("conceded", "cautioned", "retorted").

A verb in SPEECH is a cue only where the parse gives it a reported clause (ccomp), a quotation
next to it, or, for XCOMP verbs, an infinitive ("vowed to ..."): "added 200 jobs" is not speech.
"""

from __future__ import annotations

# Verbs that report speech or writing.
SPEECH = frozenset(
    """
    say tell add write announce note suggest argue explain declare acknowledge claim insist warn
    state report reply respond answer recall admit concede confirm deny predict promise vow pledge
    assert contend maintain stress emphasize emphasise reiterate repeat remark comment observe tweet
    post testify complain boast brag joke quip allege ask urge caution charge counter retort mention
    indicate reveal disclose estimate conclude propose demand agree assure remind inform proclaim
    affirm lament grumble scoff muse wonder shout yell exclaim concur underscore clarify specify
    threaten advise announce hint signal opine posit speculate write text email blog recount relate
    reason protest object plead pray swear guarantee advise brief notify forecast concede insinuate
    interject continue go_on point_out call
    """.split()
)

# Verbs whose cue-ness depends on the clause: they report speech only with a ccomp, and "continue"
# only right next to a quotation ('"...," he continued.'). Kept apart so the indirect pass can skip
# them where they would mostly misfire.
QUOTE_FRAME_ONLY = frozenset({"continue", "go_on"})

# Verbs of belief and knowledge. PolNeAR annotates them as attributions too ("think", "believe",
# "know", "hope" are among its frequent cues), but they are not somebody saying something, so the
# component reports them only when asked (setting `beliefs`).
BELIEF = frozenset(
    """
    think believe feel know hope fear expect worry doubt suspect assume guess reckon figure
    consider understand realize realise recognize recognise learn find show see
    """.split()
)

# "X told Y that ...": the direct object is the one spoken to.
ADDRESSEE = frozenset(
    {"tell", "inform", "assure", "remind", "warn", "ask", "urge", "advise", "promise", "notify", "brief",
     "caution", "email", "text"}
)

# Verbs that carry what was said as an infinitive: "vowed to fight", "urged Congress to act".
XCOMP = frozenset({"promise", "vow", "pledge", "threaten", "urge", "ask", "demand", "swear", "agree", "propose"})

# Verbs whose object is what was said: "called for a moratorium", "called the charges fabricated".
OBJECT_CONTENT = frozenset({"call"})

# "told" as an adjective ("all told") and "said" as a determiner ("the said contract") are not cues;
# the parser tags those ADJ/DET, and only VERB tokens are looked at.
CUE_POS = frozenset({"VERB"})


def cue_lemma(token) -> str:
    """The lexicon key of a verb token: its lemma, joined with a particle for phrasal cues."""
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ == "prt" and child.i == token.i + 1:
            joined = f"{lemma}_{child.lower_}"
            if joined in SPEECH or joined in BELIEF:
                return joined
    return lemma
