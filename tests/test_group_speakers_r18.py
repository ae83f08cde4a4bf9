"""Round 18 (issue 13): group speakers the quotes component finds that no earlier component made
an actor of. Invented sentences, the whole pipeline on the real model."""

from __future__ import annotations

import pytest

from pipeline_helpers import analyse


def speaker_names(doc, fragment):
    by_id = {a.id: a.name for a in doc._.actors or []}
    for q in doc._.quotes:
        if fragment in q.text:
            return [by_id.get(q.speaker)] + [by_id.get(s) for s in q.speakers]
    raise AssertionError(f"no quote holding {fragment!r}: {[q.text for q in doc._.quotes]}")


@pytest.mark.parametrize("text, fragment, speaker", [
    # the subject of a verb that is no speech cue, speaking through a conjoined cue
    ("The harbour froze early this year. Senior shipping figures defended the mayor as a careful planner "
     "and suggested that the port would close.", "port would close", "Senior shipping figures"),
    # a participle cue whose noun is the subject of another verb
    ("The nurses walked out on Monday, saying that the hospital had broken its promise.",
     "hospital had broken", "nurses"),
    # a verb of conjecture after a modal, with the adjective that names the group
    ("Average commuters may listen and conclude that the new line will not help them.",
     "new line will not help", "Average commuters"),
])
def test_a_plural_source_no_actor_holds_is_a_group(nlp, text, fragment, speaker):
    assert speaker in speaker_names(analyse(nlp, text), fragment)


@pytest.mark.parametrize("text, fragment", [
    # a plural thing as the source is no group of people
    ("The harbour froze early this year. Recent measurements suggest that the ice will stay until May.",
     "ice will stay"),
])
def test_a_plural_thing_is_no_group(nlp, text, fragment):
    doc = analyse(nlp, text)
    assert not any(a.kind == "group" for a in doc._.actors or [])


@pytest.mark.parametrize("text, fragment, group, owner", [
    # an owned plural of people speaks as the owner's group, the owner listed after it
    ("The Acme Corporation lost money. Acme's founders have said repeatedly they don't want to sell.",
     "want to sell", "Acme founders", "Acme"),
])
def test_an_owned_group_speaks_before_its_owner(nlp, text, fragment, group, owner):
    names = speaker_names(analyse(nlp, text), fragment)
    assert names[0] == group and owner in names[1:]

