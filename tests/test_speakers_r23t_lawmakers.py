"""Round 23t (issue 13): a member of Congress the story ties to a party speaks as the party's
lawmakers even when the story names no group of them (BASIL's convention, read off basil tune:
"Rep. Gregory Meeks, D-N.Y., said" -> Democratic_Lawmakers), named by the chamber the title gives
("Senate Republicans", as BASIL's House_Democrats and Senate_Republicans) or else "Republican
lawmakers". Round 23t's M1b, measured and dropped (docs/holders-and-labels.md). Invented sentences, the whole
pipeline on the real model; each case names the pattern."""

from __future__ import annotations

import pytest

from pipeline_helpers import analyse, speaker_names


@pytest.mark.parametrize("text, words, speakers", [
    # a party tag after a titled name, no group of the party named anywhere
    ("Budget talks stalled again on Tuesday.\n\n\u201cThis plan will not pass the chamber,\u201d said "
     "Rep. Jane Holloway, D-Ore., after the vote.", "will not pass the chamber",
     ["Jane Holloway", "House Democrats"]),
    # a party tag in brackets, reported speech
    ("Budget talks stalled again on Tuesday. Sen. Mark Ferris (R-Ind.) said the bill was a waste "
     "of money and would never reach the floor.", "waste of money",
     ["Mark Ferris", "Senate Republicans"]),
    # an apposition after a chamber title: "Senator X, Republican of Indiana,"
    ("Budget talks stalled again on Tuesday.\n\n\u201cWe are not going to fund this,\u201d said Senator "
     "Mark Ferris, Republican of Indiana.", "not going to fund this",
     ["Mark Ferris", "Senate Republicans"]),
    # a party tag with no title (a second name of "Reps. X (R-N.Y.) and Y (R-Calif.)"): no chamber
    # read, so the party's lawmakers
    ("Reps. Carl Dunmore (R-N.Y.) and Walt Reyes (R-Calif.) endorsed the plan on Tuesday.\n\n"
     "\u201cThis is the plan we need,\u201d Reyes said.", "the plan we need",
     ["Walt Reyes", "Republican lawmakers"]),
])
def test_member_speaks_as_the_party_lawmakers(nlp, text, words, speakers):
    assert speaker_names(analyse(nlp, text), words) == speakers


def test_governor_is_no_lawmaker(nlp):
    # a party stated, but no chamber title and no party tag: a governor is not one of the lawmakers
    text = ("Budget talks stalled again on Tuesday.\n\n\u201cI will sign any bill that reaches my desk,\u201d "
            "said Gov. Alan Pryce, a Republican.")
    assert speaker_names(analyse(nlp, text), "sign any bill") == ["Alan Pryce"]


def test_a_named_group_is_kept(nlp):
    # the story names a group of the member's party's lawmakers: that group, not a made one
    text = ("Democratic lawmakers met on Tuesday.\n\n\u201cThis plan will not pass the chamber,\u201d said "
            "Rep. Jane Holloway, D-Ore., after the vote.")
    assert speaker_names(analyse(nlp, text), "will not pass the chamber") == ["Jane Holloway", "Democratic lawmakers"]
