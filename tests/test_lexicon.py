"""The lexicon files: each says where its words come from, parses, and holds each word once."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from coincide.errors import ConfigError
from coincide.nlp import cues, lexicon

FILES = sorted(p.name[:-5] for p in resources.files("coincide.nlp.lexicon").iterdir() if p.name.endswith(".toml"))
SPEECH_TAGS = {"frame_only", "addressee", "infinitive", "object_content", "reporting", "evaluation", "names_speaker"}


def test_the_lexicon_has_its_files():
    assert {"speech", "belief", "stance", "evaluation", "parties", "verb-classes", "agreement"} <= set(FILES)


@pytest.mark.parametrize("name", FILES)
def test_each_file_says_where_its_words_come_from(name):
    data = lexicon.load(name)
    assert len(data["provenance"]) > 40


@pytest.mark.parametrize("name", FILES)
def test_no_word_written_twice_in_a_list(name):
    # TOML itself refuses a key twice; lists need checking
    for key, value in lexicon.load(name).items():
        if isinstance(value, dict):
            for inner, items in value.items():
                if isinstance(items, list) and all(isinstance(w, str) for w in items) and inner in ("words", "support", "oppose", "coincide", "diverge"):
                    assert len(items) == len(set(items)), f"{name} [{key}] {inner} repeats a word"


def test_speech_and_belief_are_apart_and_tags_are_known():
    assert not lexicon.words("speech") & lexicon.words("belief")
    for name in ("speech", "belief"):
        for verb, tags in lexicon.table(name).items():
            assert set(tags) <= SPEECH_TAGS, (name, verb, tags)
            assert re.fullmatch(r"[a-z]+(_[a-z]+)?", verb), verb


def test_the_cue_sets_are_the_speech_file_read_once():
    assert cues.SPEECH == lexicon.words("speech")
    assert cues.ADDRESSEE <= cues.SPEECH and "tell" in cues.ADDRESSEE
    assert lexicon.words("speech") is lexicon.words("speech")  # cached: read once


def test_an_unknown_lexicon_or_table_is_a_clear_error():
    with pytest.raises(ConfigError, match="no file nothing.toml"):
        lexicon.load("nothing")
    with pytest.raises(ConfigError, match=r"has no table \[nothing\]"):
        lexicon.table("speech", "nothing")
