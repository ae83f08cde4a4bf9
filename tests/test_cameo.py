"""The CAMEO verb dictionary (coincide.nlp.cameo): its reading, the crosswalk, and the matcher."""

from __future__ import annotations

import pytest

from coincide.nlp import cameo
from coincide.nlp import plover as P
from coincide.nlp.events import cameo_overrides
from coincide.records import Story


def analyse(nlp, text):
    doc = nlp.make_doc(text)
    doc._.story = Story(body=text, published="2013-06-17")
    return nlp(doc)


def types(doc):
    return sorted({e.type for e in doc._.events})


def test_dictionary_is_read_whole():
    vd = cameo.verb_dictionary()
    # ~400 blocks, ~4.5k usable patterns: a format change that drops blocks or patterns fails here
    assert len(vd.patterns) > 380
    assert sum(len(p) for p in vd.patterns.values()) > 4000
    assert "dollar" in {w for phrase in vd.synsets["CURRENCY"] for w in phrase}
    assert "dollars" in {w for phrase in vd.synsets["CURRENCY"] for w in phrase}  # plurals generated
    assert cameo.verb_dictionary() is vd  # read once per process


@pytest.mark.parametrize(
    "raw, expected",
    [("[042:043]", ("042", False)), ("[:173]", ("173", True)), ("[---]", (None, False)), ("[190]", ("190", False))],
)
def test_codes(raw, expected):
    assert cameo._code(raw) == expected


@pytest.mark.parametrize(
    "code, kind",
    [
        ("173", "COERCE"), ("1041", "DEMAND"), ("020", "DEMAND"), ("090", "INVESTIGATE"), ("112", "DISAPPROVE"),
        ("190", "FIGHT"), ("193", "FIGHT"), ("182", "ASSAULT"), ("191", "COERCE"), ("042", "CONSULT"), ("010", None),
    ],
)
def test_crosswalk_reads_into_gold_types(code, kind):
    got = cameo.plover(code)
    assert (got[0] if got else None) == kind


def test_a_pattern_line_is_parsed_into_its_slots():
    vd = cameo.parse_dictionary(
        """
&WEAPON
+GUN
####### VERB PATTERNS #######
---  SEND   [---]  ---
SEND
- * &WEAPON (TO BORDER)   [194]  # invented
- $ * + AID               [070]
""".splitlines()
    )
    pats = vd.patterns["SEND"]
    assert pats[0].code == "194" and pats[0].preps[0][0] == "to" and ("guns",) in pats[0].post[0]
    assert pats[1].words == 1 and pats[1].post == (frozenset([("aid",)]),)


def test_slot_markers_that_put_the_target_first_swap_the_roles():
    vd = cameo.parse_dictionary(
        """
####### VERB PATTERNS #######
---  THWART   [---]  ---
THWART
- + * ROCKET          [193]  # invented
- * + ROCKET          [193]  # invented
- * GIFT (FROM $)     [070]  # invented
""".splitlines()
    )
    assert [p.swap for p in vd.patterns["THWART"]] == [True, False, True]


def test_a_synset_counts_by_its_shortest_phrase():
    # which of two patterns is more specific must not depend on the order a set is iterated in
    # (it did, with the process's hash seed: "peacekeeping troops have arrived" was AID or RETREAT)
    vd = cameo.parse_dictionary(
        """
&FORCE
+TROOPS
+ARMED_FORCES_OF_THE_NATION
####### VERB PATTERNS #######
---  ARRIVE   [---]  ---
ARRIVE
- &FORCE *   [072]  # invented
""".splitlines()
    )
    assert vd.patterns["ARRIVE"][0].words == 1


@pytest.mark.parametrize(
    "text, kind",
    [
        # a pattern with words decides over the verb's own code
        ("The opposition attacked the government's plans for tax cuts.", None),
        ("Rebels attacked army positions near the border.", "FIGHT"),
        ("Protesters staged a rally outside the parliament in Seoul.", "PROTEST"),
        # a no-event pattern vetoes force
        ("The mayor vowed to fight racism in the city.", None),
        # the verb's own code, actors on both sides
        ("Germany praised France for its stance.", "SUPPORT"),
    ],
)
def test_the_dictionary_decides(nlp, text, kind):
    got = types(analyse(nlp, text))
    if kind is None:
        assert not set(got) & {"FIGHT", "ASSAULT", "COERCE"}, got
    else:
        assert kind in got, got


def test_every_override_is_documented():
    documented = set().union(*(words for _, words in P.OVERRIDE_CLASSES.values()))
    assert cameo_overrides() <= documented, sorted(cameo_overrides() - documented)


# One invented sentence per override class: the hand lexicon's reading holds where the dictionary's differs.
@pytest.mark.parametrize(
    "text, kind",
    [
        ("Kenya and Uganda agreed to share intelligence on the border.", "AGREE"),
        ("Chile and Peru cooperated closely on fisheries patrols.", "COOPERATE"),
        ("Norway funded the new hospital in Kabul.", "AID"),
        ("Egypt mediated between the two factions.", "CONSULT"),
        ("The parliament of Ghana ratified the treaty.", "SUPPORT"),
        ("Israel withdrew its troops from the village.", "RETREAT"),
        ("The family sued the Ministry of Defence.", "DISAPPROVE"),
        ("Iran rejected the proposal from the European Union.", "REJECT"),
        ("Thousands of workers rallied in Paris against the reform.", "PROTEST"),
        ("Serbia recalled its ambassador from Croatia.", "SANCTION"),
        ("Gunmen killed two teachers in Peshawar.", "ASSAULT"),
        ("Syrian troops recaptured the town of Qusair.", "FIGHT"),
    ],
)
def test_override_classes(nlp, text, kind):
    assert kind in types(analyse(nlp, text))
