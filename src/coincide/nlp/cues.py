"""The cue lexicon: which words introduce what somebody said (coincide_quotes, and the figures'
sources). The words are data: coincide/nlp/lexicon/speech.toml and belief.toml, one line per verb;
this module names the subsets the components read.

Lemmas, never surface forms, so "said", "says" and "saying" are one entry. A verb in SPEECH is a
cue only where the parse gives it a reported clause (ccomp), a quotation next to it, or, for XCOMP
verbs, an infinitive ("vowed to ..."): "added 200 jobs" is not speech.
"""

from __future__ import annotations

from . import lexicon

# Verbs that report speech or writing.
SPEECH = lexicon.words("speech")

# Verbs whose cue-ness depends on the clause: "continue" is a cue only right next to a quotation
# ('"...," he continued.'). Kept apart so the indirect pass can skip them where they would mostly misfire.
QUOTE_FRAME_ONLY = lexicon.tagged("speech", "frame_only")

# Verbs of belief and knowledge. PolNeAR annotates them as attributions too, but they are not
# somebody saying something, so the quotes component reports them only when asked (setting `beliefs`).
BELIEF = lexicon.words("belief")

# "X told Y that ...": the direct object is the one spoken to.
ADDRESSEE = lexicon.tagged("speech", "addressee")

# Verbs that carry what was said as an infinitive: "vowed to fight", "urged Congress to act".
XCOMP = lexicon.tagged("speech", "infinitive")

# Verbs whose object is what was said: "called for a moratorium", "called the charges fabricated".
OBJECT_CONTENT = lexicon.tagged("speech", "object_content")

# "told" as an adjective ("all told") and "said" as a determiner ("the said contract") are not cues;
# the parser tags those ADJ/DET, and only VERB tokens are looked at.
CUE_POS = frozenset({"VERB"})


def cue_lemma(token, known: frozenset[str] = SPEECH | BELIEF) -> str:
    """The lexicon key of a verb token: its lemma, joined with a particle for phrasal cues
    ("went on" -> go_on) when the joined form is one of `known`."""
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ == "prt" and child.i == token.i + 1:
            joined = f"{lemma}_{child.lower_}"
            if joined in known:
                return joined
    return lemma


def speaks(token) -> bool:
    """Whether a noun is the one speaking: the subject of a speech verb ("officials said"), or the
    object of "according to" ("according to officials familiar with the talks"). Read by
    coincide_actors (a name that speaks is a body, not a place) and coincide_coref (a plural that
    speaks is a group)."""
    if token.dep_ == "nsubj":
        return cue_lemma(token.head) in SPEECH
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"
